namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// At least one invalid input for every mutation (a test checks the list against the running schema), and the
/// hostile arguments of the queries: lengths one past each documented limit, ranges, enums, ids, page sizes,
/// cursors, time zones and coordinates.
/// </summary>
public static class HostileCases
{
    private static readonly string Name81 = new('n', 81);
    private static readonly string ChineseName81 = string.Concat(Enumerable.Repeat("社", 81));
    private static readonly string Title201 = new('t', 201);
    private static readonly string Body5001 = new('b', 5001);
    private static readonly string Note2001 = new('o', 2001);
    private static readonly string Tag33 = new('g', 33);
    private static readonly string[] ElevenTags = Enumerable.Range(0, 11).Select(i => $"tag{i}").ToArray();
    private static readonly string Id65 = new('i', 65);
    private const string ControlId = "g1\u0007";
    private const string KeyPathId = "other/alice";
    private static readonly string ForeignCursor = Convert.ToBase64String("feedback:999"u8.ToArray());

    private static readonly object Location = new { latitude = 31.2, longitude = 121.4 };

    public static IReadOnlyList<HostileCase> Mutations { get; } =
    [
        HostileCase.Input("createCommunity", "CreateCommunityInput", "empty name", w => w.Founder, new { id = "$unborn", name = "", timeZone = "Europe/Paris" }, "input.name"),
        HostileCase.Input("createCommunity", "CreateCommunityInput", "unknown time zone", w => w.Founder, new { id = "$unborn", name = "New", timeZone = "Mars/Olympus_Mons" }, "input.timeZone"),
        HostileCase.Input("createCommunity", "CreateCommunityInput", "Windows time zone name", w => w.Founder, new { id = "$unborn", name = "New", timeZone = "China Standard Time" }, "input.timeZone"),
        HostileCase.Input("createCommunity", "CreateCommunityInput", "id with a control character", w => w.Founder, new { id = ControlId, name = "New", timeZone = "Europe/Paris" }, "input.id"),

        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "name of 81 characters", w => w.Admin, new { name = Name81 }, "input.name"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "name of 81 Chinese characters", w => w.Admin, new { name = ChineseName81 }, "input.name"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "unknown time zone", w => w.Admin, new { timeZone = "Europe/Atlantis" }, "input.timeZone"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "feedback target of 0 days", w => w.Admin, new { feedbackTargetDays = 0 }, "input.feedbackTargetDays"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "unknown point action", w => w.Admin, new { pointRules = new[] { new { action = "STEAL", points = 5 } } }, "action"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "points beyond 32 bits", w => w.Admin, new { pointRules = new[] { new { action = "VOTE", points = 3_000_000_000L } } }, "points"),

        HostileCase.Input("joinCommunity", "JoinCommunityInput", "display name of 81 characters", w => w.Newcomer, new { displayName = Name81 }, "input.displayName"),
        HostileCase.Input("joinCommunity", "JoinCommunityInput", "eleven interests", w => w.Newcomer, new { displayName = "New", interests = ElevenTags }, "input.interests"),
        HostileCase.Input("joinCommunity", "JoinCommunityInput", "unknown segment", w => w.Newcomer, new { displayName = "New", segment = "ROOT" }, "segment"),

        HostileCase.Input("updateProfile", "UpdateProfileInput", "empty display name", w => w.Alice, new { displayName = "" }, "input.displayName"),
        HostileCase.Input("updateProfile", "UpdateProfileInput", "control character in the name", w => w.Alice, new { displayName = "Al\u0000ice" }, "input.displayName"),
        HostileCase.Input("updateProfile", "UpdateProfileInput", "interest of 33 characters", w => w.Alice, new { interests = new[] { Tag33 } }, "input.interests"),

        HostileCase.Arguments("setIncentiveTiers", "tier name of 81 characters", w => w.Admin, "$t: [IncentiveTierInput!]!", "tiers: $t", new { t = new[] { new { name = Name81, minLifetimePoints = 0 } } }, "name"),
        HostileCase.Arguments("setIncentiveTiers", "negative threshold", w => w.Admin, "$t: [IncentiveTierInput!]!", "tiers: $t", new { t = new[] { new { name = "Bronze", minLifetimePoints = -1 } } }, "minLifetimePoints"),

        HostileCase.Input("defineBadge", "DefineBadgeInput", "id with a control character", w => w.Moderator, new { id = ControlId, name = "Star", description = "Shines" }, "input.id"),
        HostileCase.Input("defineBadge", "DefineBadgeInput", "name of 81 characters", w => w.Moderator, new { id = "b2", name = Name81, description = "Shines" }, "input.name"),
        HostileCase.Input("defineBadge", "DefineBadgeInput", "description of 5001 characters", w => w.Moderator, new { id = "b2", name = "Star", description = Body5001 }, "input.description"),

        HostileCase.Input("awardBadge", "AwardBadgeInput", "member id of 65 characters", w => w.Moderator, new { memberId = Id65, badgeId = HostileWorld.BadgeId, reason = "Kind" }, "input.memberId"),
        HostileCase.Input("awardBadge", "AwardBadgeInput", "reason of 2001 characters", w => w.Moderator, new { memberId = "bob", badgeId = HostileWorld.BadgeId, reason = Note2001 }, "input.reason"),

        HostileCase.Input("addReward", "AddRewardInput", "name of 81 characters", w => w.Moderator, new { id = "r2", name = Name81, cost = 10, stock = 1 }, "input.name"),
        HostileCase.Input("addReward", "AddRewardInput", "negative cost", w => w.Moderator, new { id = "r2", name = "Pen", cost = -5, stock = 1 }, "input.cost"),
        HostileCase.Input("addReward", "AddRewardInput", "negative stock", w => w.Moderator, new { id = "r2", name = "Pen", cost = 5, stock = -1 }, "input.stock"),

        HostileCase.Input("redeemReward", "RedeemRewardInput", "empty reward id", w => w.Alice, new { rewardId = "" }, "input.rewardId"),
        HostileCase.Input("redeemReward", "RedeemRewardInput", "client id of 65 characters", w => w.Alice, new { id = Id65, rewardId = HostileWorld.RewardId }, "input.id"),
        HostileCase.Arguments("updateReward", "stock beyond the maximum", w => w.Admin, "$r: ID!, $s: Int", "rewardId: $r, stock: $s", new { r = HostileWorld.RewardId, s = 1_000_001 }, "stock"),
        HostileCase.Arguments("updateReward", "cost of 0", w => w.Admin, "$r: ID!, $c: Int", "rewardId: $r, cost: $c", new { r = HostileWorld.RewardId, c = 0 }, "cost"),
        HostileCase.Arguments("updateReward", "name of 81 characters", w => w.Admin, "$r: ID!, $n: String", "rewardId: $r, name: $n", new { r = HostileWorld.RewardId, n = Name81 }, "name"),
        HostileCase.Arguments("awardBestStudyGroup", "a week not over", w => w.Moderator, "$w: Date", "weekOf: $w", new { w = "2100-01-04" }, "weekOf"),
        HostileCase.Arguments("fulfilRedemption", "redemption id with a control character", w => w.Moderator, "$r: ID!, $id: ID!", "rewardId: $r, redemptionId: $id", new { r = HostileWorld.RewardId, id = ControlId }, "redemptionId"),
        HostileCase.Arguments("adjustPoints", "1001 points", w => w.Moderator, "$m: ID!, $p: Int!, $r: String!", "memberId: $m, points: $p, reason: $r", new { m = "alice", p = 1001, r = "Bonus" }, "points"),
        HostileCase.Arguments("adjustPoints", "-1001 points", w => w.Moderator, "$m: ID!, $p: Int!, $r: String!", "memberId: $m, points: $p, reason: $r", new { m = "alice", p = -1001, r = "Fine" }, "points"),
        HostileCase.Arguments("adjustPoints", "blank reason", w => w.Moderator, "$m: ID!, $p: Int!, $r: String!", "memberId: $m, points: $p, reason: $r", new { m = "alice", p = 10, r = " " }, "reason"),
        HostileCase.Arguments("adjustPoints", "reason of 201 characters", w => w.Moderator, "$m: ID!, $p: Int!, $r: String!", "memberId: $m, points: $p, reason: $r", new { m = "alice", p = 10, r = Title201 }, "reason"),
        HostileCase.Arguments("setExpert", "member id of 65 characters", w => w.Moderator, "$m: ID!", "memberId: $m, expert: true", new { m = Id65 }, "memberId"),
        HostileCase.Arguments("selectStarOfTheYear", "a year not ended", w => w.Admin, "$y: Int!", "category: OVERALL, year: $y, memberId: \"alice\"", new { y = 9000 }, "year"),
        new("leaveCommunity", "without confirmation", w => w.Bob, "mutation { leaveCommunity(confirm: false) }", new { }, "confirm"),

        HostileCase.Input("selectStarOfTheMonth", "SelectStarInput", "month 13", w => w.Moderator, new { category = "OVERALL", month = "2026-13" }, "input.month"),
        HostileCase.Input("selectStarOfTheMonth", "SelectStarInput", "unknown category", w => w.Moderator, new { category = "VILLAIN", month = "2026-01" }, "category"),
        HostileCase.Input("selectStarOfTheMonth", "SelectStarInput", "member id with '/'", w => w.Moderator, new { category = "OVERALL", month = "2026-01", memberId = KeyPathId }, "input.memberId"),

        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "name of 81 characters", w => w.Bob, new { id = "g2", name = Name81, goal = "Learn" }, "input.name"),
        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "goal of 201 characters", w => w.Bob, new { id = "g2", name = "Maths", goal = Title201 }, "input.goal"),
        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "capacity 0", w => w.Bob, new { id = "g2", name = "Maths", goal = "Learn", capacity = 0 }, "input.capacity"),
        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "capacity beyond 32 bits", w => w.Bob, new { id = "g2", name = "Maths", goal = "Learn", capacity = 3_000_000_000L }, "capacity"),
        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "id with a space", w => w.Bob, new { id = "g 2", name = "Maths", goal = "Learn" }, "input.id"),
        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "mentor id of 65 characters", w => w.Bob, new { id = "g2", name = "Maths", goal = "Learn", mentorId = Id65 }, "input.mentorId"),

        HostileCase.Input("createStudyGroup", "CreateStudyGroupInput", "eleven tags", w => w.Bob, new { id = "g2", name = "Maths", goal = "Learn", tags = ElevenTags }, "input.tags"),
        HostileCase.Arguments("setStudyGroupMentor", "mentor id of 65 characters", w => w.Moderator, "$g: ID!, $m: ID!", "groupId: $g, mentorId: $m", new { g = HostileWorld.GroupId, m = Id65 }, "mentorId"),
        HostileCase.Arguments("joinStudyGroup", "group id of 65 characters", w => w.Moderator, "$g: ID!", "groupId: $g", new { g = Id65 }, "groupId"),
        HostileCase.Arguments("leaveStudyGroup", "empty group id", w => w.Bob, "$g: ID!", "groupId: $g", new { g = "" }, "groupId"),
        HostileCase.Arguments("addPracticeTask", "empty title", w => w.Moderator, "$g: ID!, $t: String!, $d: String!", "groupId: $g, title: $t, description: $d", new { g = HostileWorld.GroupId, t = " ", d = "Do it" }, "title"),
        HostileCase.Arguments("addPracticeTask", "title of 201 characters", w => w.Moderator, "$g: ID!, $t: String!, $d: String!", "groupId: $g, title: $t, description: $d", new { g = HostileWorld.GroupId, t = Title201, d = "Do it" }, "title"),
        HostileCase.Arguments("addPracticeTask", "description of 5001 characters", w => w.Moderator, "$g: ID!, $t: String!, $d: String!", "groupId: $g, title: $t, description: $d", new { g = HostileWorld.GroupId, t = "Essay", d = Body5001 }, "description"),
        HostileCase.Arguments("addPracticeTask", "due in the past", w => w.Moderator, "$g: ID!, $t: String!, $d: String!, $due: DateTime", "groupId: $g, title: $t, description: $d, dueAt: $due", new { g = HostileWorld.GroupId, t = "Essay", d = "Do it", due = "2000-01-01T00:00:00Z" }, "dueAt"),
        HostileCase.Arguments("addPracticeTask", "task id with ':'", w => w.Moderator, "$g: ID!, $id: ID", "groupId: $g, id: $id, title: \"Essay\", description: \"Do it\"", new { g = HostileWorld.GroupId, id = "t:1" }, "id"),
        HostileCase.Arguments("submitPracticeTask", "empty body", w => w.Bob, "$g: ID!, $t: ID!, $b: String!", "groupId: $g, taskId: $t, body: $b", new { g = HostileWorld.GroupId, t = "t1", b = "" }, "body"),
        HostileCase.Arguments("submitPracticeTask", "body of 5001 characters", w => w.Bob, "$g: ID!, $t: ID!, $b: String!", "groupId: $g, taskId: $t, body: $b", new { g = HostileWorld.GroupId, t = "t1", b = Body5001 }, "body"),
        HostileCase.Arguments("reviewPracticeTask", "comment of 2001 characters", w => w.Moderator, "$g: ID!, $s: ID!, $c: String", "groupId: $g, submissionId: $s, approved: true, comment: $c", new { g = HostileWorld.GroupId, s = "t1:bob", c = Note2001 }, "comment"),

        HostileCase.Input("checkIn", "CheckInInput", "note of 2001 characters", w => w.Bob, new { groupId = HostileWorld.GroupId, note = Note2001 }, "input.note"),
        HostileCase.Input("checkIn", "CheckInInput", "group id with a control character", w => w.Bob, new { groupId = ControlId }, "input.groupId"),

        HostileCase.Input("reviewCheckIn", "ReviewCheckInInput", "rating 0", w => w.Bob, new { groupId = HostileWorld.GroupId, checkInId = "$checkIn", rating = 0 }, "input.rating"),
        HostileCase.Input("reviewCheckIn", "ReviewCheckInInput", "rating 6", w => w.Bob, new { groupId = HostileWorld.GroupId, checkInId = "$checkIn", rating = 6 }, "input.rating"),
        HostileCase.Input("reviewCheckIn", "ReviewCheckInInput", "comment of 2001 characters", w => w.Bob, new { groupId = HostileWorld.GroupId, checkInId = "$checkIn", rating = 4, comment = Note2001 }, "input.comment"),

        HostileCase.Arguments("highlightCheckIn", "check-in id with a control character", w => w.Moderator, "$g: ID!, $c: ID!", "groupId: $g, checkInId: $c", new { g = HostileWorld.GroupId, c = ControlId }, "checkInId"),

        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "latitude 91", w => w.Bob, new { kind = "NEED", title = "Lift", description = "Help", location = new { latitude = 91.0, longitude = 10.0 } }, "latitude"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "longitude -181", w => w.Bob, new { kind = "NEED", title = "Lift", description = "Help", location = new { latitude = 10.0, longitude = -181.0 } }, "longitude"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "title of 201 characters", w => w.Bob, new { kind = "NEED", title = Title201, description = "Help", location = Location }, "input.title"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "description of 5001 characters", w => w.Bob, new { kind = "NEED", title = "Lift", description = Body5001, location = Location }, "input.description"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "tag of 33 characters", w => w.Bob, new { kind = "NEED", title = "Lift", description = "Help", tags = new[] { Tag33 }, location = Location }, "input.tags"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "eleven tags", w => w.Bob, new { kind = "NEED", title = "Lift", description = "Help", tags = ElevenTags, location = Location }, "input.tags"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "unknown kind", w => w.Bob, new { kind = "MAYBE", title = "Lift", description = "Help", location = Location }, "kind"),
        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "expiry in the past", w => w.Bob, new { kind = "NEED", title = "Lift", description = "Help", location = Location, expiresAt = "2000-01-01T00:00:00Z" }, "input.expiresAt"),

        HostileCase.Input("postHelpRequest", "PostHelpRequestInput", "availability on weekday 8", w => w.Bob, new { kind = "NEED", title = "Lift", description = "Help", location = Location, availability = new[] { new { weekday = 8, from = "10:00", to = "11:00" } } }, "input.availability[0].weekday"),
        HostileCase.Arguments("volunteerForHelpRequest", "message of 2001 characters", w => w.Moderator, "$r: ID!, $m: String", "requestId: $r, message: $m", new { r = HostileWorld.HelpId, m = Note2001 }, "message"),
        HostileCase.Arguments("volunteerForHelpRequest", "request id of 65 characters", w => w.Moderator, "$r: ID!", "requestId: $r", new { r = Id65 }, "requestId"),
        HostileCase.Arguments("acceptHelper", "empty helper id", w => w.Alice, "$r: ID!, $h: ID!", "requestId: $r, helperId: $h", new { r = HostileWorld.HelpId, h = "" }, "helperId"),
        HostileCase.Arguments("completeHelpRequest", "request id with a control character", w => w.Alice, "$r: ID!", "requestId: $r", new { r = ControlId }, "requestId"),
        HostileCase.Arguments("cancelHelpRequest", "request id with '/'", w => w.Alice, "$r: ID!", "requestId: $r", new { r = KeyPathId }, "requestId"),
        HostileCase.Input("rateHelp", "RateHelpInput", "0 stars", w => w.Alice, new { requestId = HostileWorld.HelpId, stars = 0 }, "input.stars"),
        HostileCase.Input("rateHelp", "RateHelpInput", "6 stars", w => w.Alice, new { requestId = HostileWorld.HelpId, stars = 6 }, "input.stars"),

        HostileCase.Input("saveProposalDraft", "SaveProposalDraftInput", "title of 201 characters", w => w.Bob, new { id = "p2", title = Title201, body = "Trees" }, "input.title"),
        HostileCase.Input("saveProposalDraft", "SaveProposalDraftInput", "body of 5001 characters", w => w.Bob, new { id = "p2", title = "Trees", body = Body5001 }, "input.body"),
        HostileCase.Input("saveProposalDraft", "SaveProposalDraftInput", "eleven tags", w => w.Bob, new { id = "p2", title = "Trees", body = "Plant", tags = ElevenTags }, "input.tags"),
        HostileCase.Input("saveProposalDraft", "SaveProposalDraftInput", "negative budget", w => w.Bob, new { id = "p2", title = "Trees", body = "Plant", budget = -1.0 }, "input.budget"),
        HostileCase.Input("saveProposalDraft", "SaveProposalDraftInput", "editing someone else's id with a control character", w => w.Bob, new { id = "p1\u0000", title = "Trees", body = "Plant" }, "input.id"),
        HostileCase.Arguments("submitProposal", "proposal id of 65 characters", w => w.Alice, "$p: ID!", "proposalId: $p", new { p = Id65 }, "proposalId"),
        HostileCase.Arguments("withdrawProposal", "empty proposal id", w => w.Alice, "$p: ID!", "proposalId: $p", new { p = "" }, "proposalId"),
        HostileCase.Input("scoreProposal", "ScoreProposalInput", "feasibility 0", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, feasibility = 0, innovation = 3, value = 3 }, "input.feasibility"),
        HostileCase.Input("scoreProposal", "ScoreProposalInput", "value 6", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, feasibility = 3, innovation = 3, value = 6 }, "input.value"),
        HostileCase.Input("scoreProposal", "ScoreProposalInput", "comment of 2001 characters", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, feasibility = 3, innovation = 3, value = 3, comment = Note2001 }, "input.comment"),
        HostileCase.Input("openVoting", "OpenVotingInput", "closing in the past", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, closesAt = "2000-01-01T00:00:00Z" }, "input.closesAt"),
        HostileCase.Input("openVoting", "OpenVotingInput", "closing time that is not a date", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, closesAt = "next tuesday" }, "closesAt"),
        HostileCase.Input("castVote", "CastVoteInput", "unknown choice", w => w.Bob, new { proposalId = HostileWorld.ProposalId, choice = "MAYBE" }, "choice"),
        HostileCase.Input("castVote", "CastVoteInput", "proposal id with '/'", w => w.Bob, new { proposalId = KeyPathId, choice = "FOR" }, "input.proposalId"),
        HostileCase.Arguments("closeVoting", "proposal id with a control character", w => w.Moderator, "$p: ID!", "proposalId: $p", new { p = ControlId }, "proposalId"),
        HostileCase.Input("decideProposal", "DecideProposalInput", "reason of 2001 characters", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, decision = "ADOPTED", reason = Note2001 }, "input.reason"),
        HostileCase.Input("decideProposal", "DecideProposalInput", "unknown decision", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, decision = "PERHAPS", reason = "Hm" }, "decision"),
        HostileCase.Input("updateImplementation", "UpdateImplementationInput", "note of 2001 characters", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, status = "IMPLEMENTING", note = Note2001 }, "input.note"),
        HostileCase.Input("updateImplementation", "UpdateImplementationInput", "empty note", w => w.Moderator, new { proposalId = HostileWorld.ProposalId, status = "IMPLEMENTING", note = "" }, "input.note"),

        HostileCase.Input("submitFeedback", "SubmitFeedbackInput", "body of 5001 characters", w => w.Bob, new { channel = "APP", body = Body5001 }, "input.body"),
        HostileCase.Input("submitFeedback", "SubmitFeedbackInput", "blank body", w => w.Bob, new { channel = "APP", body = "   " }, "input.body"),
        HostileCase.Input("submitFeedback", "SubmitFeedbackInput", "unknown channel", w => w.Bob, new { channel = "PIGEON", body = "Hi" }, "channel"),
        HostileCase.Input("submitFeedback", "SubmitFeedbackInput", "client id of 65 characters", w => w.Bob, new { id = Id65, channel = "APP", body = "Hi" }, "input.id"),
        HostileCase.Input("submitFeedback", "SubmitFeedbackInput", "contact of 201 characters", w => w.Bob, new { channel = "APP", body = "Hi", contact = new string('9', 201) }, "input.contact"),
        HostileCase.Input("submitFeedback", "SubmitFeedbackInput", "on behalf of no one, not anonymous", w => w.Moderator, new { channel = "HOTLINE", body = "Hi", onBehalfOf = (string?)null }, "input.onBehalfOf"),
        HostileCase.Arguments("mergeFeedback", "an item merged into itself", w => w.Moderator, "$f: ID!, $d: ID!", "feedbackId: $f, duplicateId: $d", new { f = HostileWorld.FeedbackId, d = HostileWorld.FeedbackId }, "duplicateId"),
        HostileCase.Arguments("reportSameFeedback", "id of 65 characters", w => w.Bob, "$f: ID!", "feedbackId: $f", new { f = Id65 }, "feedbackId"),
        HostileCase.Arguments("linkFeedbackToProposal", "proposal id with a control character", w => w.Moderator, "$f: ID!, $p: ID!", "feedbackId: $f, proposalId: $p", new { f = HostileWorld.FeedbackId, p = ControlId }, "proposalId"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "URGENT feedback due in 0 days", w => w.Admin, new { feedbackTargetDaysByPriority = new[] { new { priority = "URGENT", days = 0 } } }, "input.feedbackTargetDaysByPriority"),
        HostileCase.Input("configureCommunity", "ConfigureCommunityInput", "feedback at risk after 150% of the time", w => w.Admin, new { feedbackAtRiskShare = 1.5 }, "input.feedbackAtRiskShare"),
        HostileCase.Input("triageFeedback", "TriageFeedbackInput", "due before submission", w => w.Moderator, new { feedbackId = HostileWorld.FeedbackId, category = "BUG", priority = "HIGH", dueAt = "2000-01-01T00:00:00Z" }, "input.dueAt"),
        HostileCase.Arguments("addFeedbackNote", "note of 5001 characters", w => w.Moderator, "$f: ID!, $t: String!", "feedbackId: $f, text: $t", new { f = HostileWorld.FeedbackId, t = Body5001 }, "text"),

        HostileCase.Input("triageFeedback", "TriageFeedbackInput", "unknown priority", w => w.Moderator, new { feedbackId = HostileWorld.FeedbackId, category = "BUG", priority = "SOON" }, "priority"),
        HostileCase.Input("triageFeedback", "TriageFeedbackInput", "assignee id with a control character", w => w.Moderator, new { feedbackId = HostileWorld.FeedbackId, category = "BUG", priority = "HIGH", assigneeId = ControlId }, "input.assigneeId"),
        HostileCase.Input("triageFeedback", "TriageFeedbackInput", "empty feedback id", w => w.Moderator, new { feedbackId = "", category = "BUG", priority = "HIGH" }, "input.feedbackId"),

        HostileCase.Input("replyToFeedback", "ReplyToFeedbackInput", "reply of 5001 characters", w => w.Moderator, new { feedbackId = HostileWorld.FeedbackId, reply = Body5001 }, "input.reply"),
        HostileCase.Input("resolveFeedback", "ResolveFeedbackInput", "resolution of 5001 characters", w => w.Moderator, new { feedbackId = HostileWorld.FeedbackId, resolution = Body5001 }, "input.resolution"),
        HostileCase.Arguments("closeFeedback", "reason of 2001 characters", w => w.Moderator, "$f: ID!, $r: String", "feedbackId: $f, reason: $r", new { f = HostileWorld.FeedbackId, r = Note2001 }, "reason"),

        HostileCase.Input("createEvent", "CreateEventInput", "title of 201 characters", w => w.Moderator, new { title = Title201, format = "ONLINE", startsAt = "2100-01-01T10:00:00Z", endsAt = "2100-01-01T12:00:00Z", capacity = 10 }, "input.title"),
        HostileCase.Input("createEvent", "CreateEventInput", "capacity 100001", w => w.Moderator, new { title = "Big", format = "ONLINE", startsAt = "2100-01-01T10:00:00Z", endsAt = "2100-01-01T12:00:00Z", capacity = 100_001 }, "input.capacity"),
        HostileCase.Input("createEvent", "CreateEventInput", "ends before it starts", w => w.Moderator, new { title = "Back", format = "ONLINE", startsAt = "2100-01-01T10:00:00Z", endsAt = "2100-01-01T09:00:00Z", capacity = 10 }, "input.endsAt"),
        HostileCase.Arguments("publishEvent", "id of 65 characters", w => w.Moderator, "$e: ID!", "eventId: $e", new { e = Id65 }, "eventId"),
        HostileCase.Arguments("startEvent", "id with a control character", w => w.Moderator, "$e: ID!", "eventId: $e", new { e = ControlId }, "eventId"),
        HostileCase.Arguments("endEvent", "id naming another grain key", w => w.Moderator, "$e: ID!", "eventId: $e", new { e = KeyPathId }, "eventId"),
        HostileCase.Arguments("cancelEvent", "reason of 2001 characters", w => w.Moderator, "$e: ID!, $r: String!", "eventId: $e, reason: $r", new { e = HostileWorld.EventId, r = Note2001 }, "reason"),
        HostileCase.Input("assignEventStaff", "AssignEventStaffInput", "member id naming another grain key", w => w.Moderator, new { eventId = HostileWorld.EventId, memberId = KeyPathId, role = "HOST" }, "input.memberId"),
        HostileCase.Arguments("registerForEvent", "id of 65 characters", w => w.Bob, "$e: ID!", "eventId: $e", new { e = Id65 }, "eventId"),
        HostileCase.Arguments("cancelRegistration", "empty id", w => w.Alice, "$e: ID!", "eventId: $e", new { e = "" }, "eventId"),
        HostileCase.Arguments("issueSignInCode", "id with a control character", w => w.Moderator, "$e: ID!", "eventId: $e", new { e = ControlId }, "eventId"),
        HostileCase.Arguments("signInToEvent", "signing in before the event is live", w => w.Alice, "$e: ID!, $c: String!", "eventId: $e, code: $c", new { e = HostileWorld.EventId, c = "ABCD2345" }, "eventId"),
        HostileCase.Arguments("markAttendance", "member id of 65 characters", w => w.Moderator, "$e: ID!, $m: ID!", "eventId: $e, memberId: $m", new { e = HostileWorld.EventId, m = Id65 }, "memberId"),
        HostileCase.Input("createPoll", "CreatePollInput", "a single option", w => w.Moderator, new { eventId = HostileWorld.EventId, question = "Best?", options = new[] { new { label = "Only" } } }, "input.options"),
        HostileCase.Input("createPoll", "CreatePollInput", "question of 201 characters", w => w.Moderator, new { eventId = HostileWorld.EventId, question = Title201, options = new[] { new { label = "A" }, new { label = "B" } } }, "input.question"),
        HostileCase.Arguments("openPoll", "id of 65 characters", w => w.Moderator, "$p: ID!", "pollId: $p", new { p = Id65 }, "pollId"),
        HostileCase.Arguments("closePoll", "id naming another grain key", w => w.Moderator, "$p: ID!", "pollId: $p", new { p = KeyPathId }, "pollId"),
        HostileCase.Arguments("votePoll", "id with a control character", w => w.Alice, "$p: ID!, $o: ID!", "pollId: $p, optionId: $o", new { p = ControlId, o = "1" }, "pollId"),
        HostileCase.Input("askQuestion", "AskQuestionInput", "body of 2001 characters", w => w.Alice, new { eventId = HostileWorld.EventId, body = Note2001 }, "input.body"),
        HostileCase.Arguments("toggleQuestionUpvote", "question id of 65 characters", w => w.Alice, "$e: ID!, $q: ID!", "eventId: $e, questionId: $q", new { e = HostileWorld.EventId, q = Id65 }, "questionId"),
        HostileCase.Arguments("answerQuestion", "event id naming another grain key", w => w.Moderator, "$e: ID!, $q: ID!", "eventId: $e, questionId: $q, answer: \"Yes\"", new { e = KeyPathId, q = "q1" }, "eventId"),
        HostileCase.Input("createSurvey", "CreateSurveyInput", "title of 201 characters", w => w.Moderator, new { kind = "NPS", title = Title201 }, "input.title"),
        HostileCase.Input("createSurvey", "CreateSurveyInput", "a choice question with one option", w => w.Moderator, new { kind = "CUSTOM", title = "One", questions = new[] { new { kind = "SINGLE_CHOICE", text = "Pick", options = new[] { "A" } } } }, "input.questions[0].options"),
        HostileCase.Arguments("closeSurvey", "id of 65 characters", w => w.Moderator, "$s: ID!", "surveyId: $s", new { s = Id65 }, "surveyId"),
        HostileCase.Input("answerSurvey", "AnswerSurveyInput", "survey id naming another grain key", w => w.Alice, new { surveyId = KeyPathId, answers = new[] { new { questionId = "1", score = 11 } } }, "input.surveyId"),
        HostileCase.Input("postComment", "PostCommentInput", "body of 5001 characters", w => w.Bob, new { subject = "PROPOSAL", subjectId = HostileWorld.ProposalId, body = Body5001 }, "input.body"),
        HostileCase.Input("postComment", "PostCommentInput", "blank body", w => w.Bob, new { subject = "PROPOSAL", subjectId = HostileWorld.ProposalId, body = "  " }, "input.body"),
        HostileCase.Input("postComment", "PostCommentInput", "unknown subject", w => w.Bob, new { subject = "TWEET", subjectId = HostileWorld.ProposalId, body = "Hi" }, "subject"),
        HostileCase.Input("postComment", "PostCommentInput", "subject id naming another grain key", w => w.Bob, new { subject = "PROPOSAL", subjectId = KeyPathId, body = "Hi" }, "input.subjectId"),
        HostileCase.Input("postComment", "PostCommentInput", "reply to a comment that does not exist", w => w.Bob, new { subject = "PROPOSAL", subjectId = HostileWorld.ProposalId, body = "Hi", replyToId = "nope" }, "input.replyToId"),
        HostileCase.Arguments("editComment", "comment id with a control character", w => w.Bob, "$c: ID!, $b: String!", "commentId: $c, body: $b", new { c = ControlId, b = "Hi" }, "commentId"),
        HostileCase.Arguments("hideComment", "comment id of 65 characters", w => w.Moderator, "$c: ID!, $r: String!", "commentId: $c, reason: $r", new { c = Id65, r = "Rude" }, "commentId"),
        HostileCase.Arguments("toggleReaction", "emoji outside the set", w => w.Bob, "$c: ID!, $e: String!", "commentId: $c, emoji: $e", new { c = "c1", e = "🍕" }, "emoji"),
        new("followProposal", "empty proposal id", w => w.Bob, "mutation($p: ID!) { followProposal(proposalId: $p) }", new { p = "" }, "proposalId"),
        HostileCase.Arguments("markNotificationsRead", "neither ids nor all", w => w.Bob, "$ids: [ID!]", "ids: $ids", new { ids = Array.Empty<string>() }, "ids"),
        HostileCase.Input("addWebhook", "AddWebhookInput", "relative url", w => w.Admin, new { url = "/hooks", events = new[] { "MEMBER_JOINED" } }, "input.url"),
        HostileCase.Input("addWebhook", "AddWebhookInput", "ftp url", w => w.Admin, new { url = "ftp://example.com/hook", events = new[] { "MEMBER_JOINED" } }, "input.url"),
        HostileCase.Input("addWebhook", "AddWebhookInput", "loopback url", w => w.Admin, new { url = "https://127.0.0.1/hook", events = new[] { "MEMBER_JOINED" } }, "input.url"),
        HostileCase.Input("addWebhook", "AddWebhookInput", "no events", w => w.Admin, new { url = "https://example.com/hook", events = Array.Empty<string>() }, "input.events"),
        new("removeWebhook", "webhook id naming another grain key", w => w.Admin, "mutation($id: ID!) { removeWebhook(webhookId: $id) }", new { id = KeyPathId }, "webhookId"),
        HostileCase.Arguments("testWebhook", "empty webhook id", w => w.Admin, "$id: ID!", "webhookId: $id", new { id = "" }, "webhookId"),
    ];

    public static IReadOnlyList<HostileCase> Queries { get; } =
    [
        HostileCase.Arguments("member", "id of 65 characters", w => w.Alice, "$id: ID!", "id: $id", new { id = Id65 }, "id", mutation: false),
        HostileCase.Arguments("communityTrends", "from after to", w => w.Moderator, "$f: Date, $t: Date", "from: $f, to: $t", new { f = "2026-11-10", t = "2026-11-01" }, "from", mutation: false),
        HostileCase.Arguments("communityTrends", "a period of 93 days", w => w.Moderator, "$f: Date, $t: Date", "from: $f, to: $t", new { f = "2026-01-01", t = "2026-04-03" }, "to", mutation: false),
        HostileCase.Arguments("member", "id naming another grain key", w => w.Alice, "$id: ID!", "id: $id", new { id = KeyPathId }, "id", mutation: false),
        HostileCase.Arguments("studyGroup", "id with a control character", w => w.Alice, "$id: ID!", "id: $id", new { id = ControlId }, "id", mutation: false),
        HostileCase.Arguments("helpRequest", "empty id", w => w.Alice, "$id: ID!", "id: $id", new { id = "" }, "id", mutation: false),
        HostileCase.Arguments("studyGroups", "empty goal", w => w.Alice, "$goal: String", "goal: $goal", new { goal = "" }, "goal", mutation: false),
        HostileCase.Arguments("studyGroups", "eleven tags", w => w.Alice, "$tags: [String!]", "tags: $tags", new { tags = ElevenTags }, "tags", mutation: false),
        HostileCase.Arguments("myHelpRequests", "first 0", w => w.Alice, "$first: Int", "first: $first", new { first = 0 }, "first", mutation: false),
        HostileCase.Arguments("feedback", "id of 65 characters", w => w.Moderator, "$id: ID!", "id: $id", new { id = Id65 }, "id", mutation: false),
        HostileCase.Arguments("proposal", "id with a control character", w => w.Alice, "$id: ID!", "id: $id", new { id = ControlId }, "id", mutation: false),
        HostileCase.Arguments("proposals", "page size 101", w => w.Alice, "$n: Int", "first: $n", new { n = 101 }, "first", mutation: false),
        HostileCase.Arguments("proposals", "a cursor we did not issue", w => w.Alice, "$a: String", "after: $a", new { a = ForeignCursor }, "after", mutation: false),
        HostileCase.Arguments("feedbackItems", "page size 0", w => w.Moderator, "$n: Int", "first: $n", new { n = 0 }, "first", mutation: false),
        HostileCase.Arguments("feedbackItems", "page size 101", w => w.Moderator, "$n: Int", "first: $n", new { n = 101 }, "first", mutation: false),
        HostileCase.Arguments("feedbackItems", "a cursor we did not issue", w => w.Moderator, "$a: String", "after: $a", new { a = "not-a-cursor" }, "after", mutation: false),
        HostileCase.Arguments("feedbackItems", "a well-formed cursor we did not issue", w => w.Moderator, "$a: String", "after: $a", new { a = ForeignCursor }, "after", mutation: false),
        HostileCase.Arguments("feedbackBoard", "page size 0", w => w.Alice, "$n: Int", "first: $n", new { n = 0 }, "first", mutation: false),
        HostileCase.Arguments("feedbackBoard", "a cursor we did not issue", w => w.Alice, "$a: String", "after: $a", new { a = "AAAA" }, "after", mutation: false),
        HostileCase.Arguments("leaderboard", "page size 101", w => w.Alice, "$n: Int", "category: OVERALL, first: $n", new { n = 101 }, "first", mutation: false),
        HostileCase.Arguments("leaderboard", "month 13", w => w.Alice, "$m: String", "category: OVERALL, month: $m", new { m = "2026-13" }, "month", mutation: false),
        HostileCase.Arguments("starsOfTheMonth", "a month that is not a month", w => w.Alice, "$m: String", "month: $m", new { m = "banana" }, "month", mutation: false),
        HostileCase.Arguments("helpRequestsNear", "latitude -91", w => w.Bob, "$p: GeoPointInput!", "near: $p", new { p = new { latitude = -91.0, longitude = 0.0 } }, "latitude", mutation: false),
        HostileCase.Arguments("helpRequestsNear", "negative radius", w => w.Bob, "$p: GeoPointInput!, $r: Float", "near: $p, radiusKm: $r", new { p = Location, r = -1.0 }, "radiusKm", mutation: false),
        HostileCase.Arguments("helpRequestsNear", "page size 101", w => w.Bob, "$p: GeoPointInput!, $n: Int", "near: $p, first: $n", new { p = Location, n = 101 }, "first", mutation: false),
        HostileCase.Arguments("event", "id of 65 characters", w => w.Alice, "$id: ID!", "id: $id", new { id = Id65 }, "id", mutation: false),
        HostileCase.Arguments("events", "page size 101", w => w.Alice, "$n: Int", "first: $n", new { n = 101 }, "first", mutation: false),
        HostileCase.Arguments("events", "a cursor we did not issue", w => w.Alice, "$a: String", "after: $a", new { a = ForeignCursor }, "after", mutation: false),
        HostileCase.Arguments("poll", "id with a control character", w => w.Alice, "$id: ID!", "id: $id", new { id = ControlId }, "id", mutation: false),
        HostileCase.Arguments("survey", "id naming another grain key", w => w.Alice, "$id: ID!", "id: $id", new { id = KeyPathId }, "id", mutation: false),
        HostileCase.Arguments("helpMatches", "page size 0", w => w.Alice, "$r: ID!, $n: Int", "requestId: $r, first: $n", new { r = HostileWorld.HelpId, n = 0 }, "first", mutation: false),
    ];
}
