using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// A community with one object of every kind (group with a check-in, help request with a volunteer, feedback,
/// badge, reward, proposal, event with a registration), for attacks that need something to aim at, and a snapshot that reads all of it back.
/// </summary>
public sealed class HostileWorld
{
    public const string GroupId = "g1";
    public const string HelpId = "h1";
    public const string FeedbackId = "f1";
    public const string BadgeId = "b1";
    public const string RewardId = "r1";
    public const string ProposalId = "p1";
    public const string EventId = "e1";

    private const string SnapshotQuery = """
        query($g: ID!, $h: ID!, $f: ID!, $p: ID!) {
          community { id name timeZone feedbackTargetDays pointRules { action points } tiers { name minLifetimePoints perks } stats { members openHelpRequests checkInsToday } }
          alice: member(id: "alice") { ...M }
          bob: member(id: "bob") { ...M }
          newcomer: member(id: "newcomer") { ...M }
          studyGroup(id: $g) { id name goal capacity members { id } mentor { id } checkIns { id note highlighted reviews { rating comment } } }
          helpRequest(id: $h) { id kind title description tags status volunteers { id } helper { id } ratings { stars comment } }
          feedback(id: $f) { id body channel status category priority reply resolution closeReason assignee { id } }
          proposal(id: $p) { id title body tags budget status decision decisionReason tally { for against abstain } screening { feasibility } }
          rewards { id name cost stock minTier }
          badges { id name description }
          event(id: "e1") { id title status registered waitlisted staff { member { id } role } registrations { nodes { member { id } status } } }
        }
        fragment M on Member { id displayName interests segment points lifetimePoints badges { reason } }
        """;

    private HostileWorld(TestCommunity community, GraphQLClient alice, GraphQLClient bob, GraphQLClient moderator, string checkInId)
    {
        Community = community;
        Alice = alice;
        Bob = bob;
        Moderator = moderator;
        CheckInId = checkInId;
    }

    public TestCommunity Community { get; }

    /// <summary>Author of the group, the check-in, the help request and the feedback.</summary>
    public GraphQLClient Alice { get; }

    /// <summary>Member of the group and volunteer on the help request.</summary>
    public GraphQLClient Bob { get; }

    public GraphQLClient Moderator { get; }

    public GraphQLClient Admin => Community.Admin;

    /// <summary>A member token of someone who has not joined.</summary>
    public GraphQLClient Newcomer => Community.As("newcomer");

    /// <summary>An admin token for a community that does not exist yet.</summary>
    public GraphQLClient Founder => Community.Host.As(UnbornCommunityId, "founder", Role.Admin);

    public string UnbornCommunityId => Community.Id[..20] + "-new";

    public string CheckInId { get; }

    public static async Task<HostileWorld> Create(TestHost host, string suffix = "")
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        var alice = await community.Member("alice", displayName: "Alice" + suffix);
        var bob = await community.Member("bob", displayName: "Bob" + suffix);
        var moderator = await community.Member("mod", Role.Moderator);

        (await alice.Send("mutation($n: String!) { createStudyGroup(input: { id: \"g1\", name: $n, goal: \"Pass the exam\" }) { id } }", new { n = "Spanish" + suffix })).EnsureSuccess();
        (await bob.Send("mutation { joinStudyGroup(groupId: \"g1\") { id } }")).EnsureSuccess();
        var checkInId = (await alice.Send("mutation { checkIn(input: { groupId: \"g1\", note: \"Read chapter one\" }) { id } }")).EnsureSuccess().Get("checkIn.id").GetString()!;

        (await alice.Send(
            "mutation($t: String!) { postHelpRequest(input: { id: \"h1\", kind: NEED, title: $t, description: \"Third floor\", tags: [\"moving\"], location: { latitude: 31.23, longitude: 121.47 } }) { id } }",
            new { t = "Carry a sofa" + suffix })).EnsureSuccess();
        (await bob.Send("mutation { volunteerForHelpRequest(requestId: \"h1\", message: \"I can\") { id } }")).EnsureSuccess();

        (await alice.Send("mutation($b: String!) { submitFeedback(input: { id: \"f1\", channel: APP, body: $b }) { id } }", new { b = "The app is slow" + suffix })).EnsureSuccess();
        (await moderator.Send("mutation($n: String!) { defineBadge(input: { id: \"b1\", name: $n, description: \"Helped a lot\" }) { id } }", new { n = "Helper" + suffix })).EnsureSuccess();
        (await moderator.Send("mutation($n: String!) { addReward(input: { id: \"r1\", name: $n, cost: 10, stock: 5 }) { id } }", new { n = "Mug" + suffix })).EnsureSuccess();

        (await alice.Send("mutation($t: String!) { saveProposalDraft(input: { id: \"p1\", title: $t, body: \"Plant ten trees\", tags: [\"green\"], budget: 500 }) { id } }", new { t = "More trees" + suffix })).EnsureSuccess();
        (await alice.Send("mutation { submitProposal(proposalId: \"p1\") { id } }")).EnsureSuccess();

        (await moderator.Send("mutation($t: String!) { createEvent(input: { id: \"e1\", title: $t, format: ONLINE, startsAt: \"2100-01-01T10:00:00Z\", endsAt: \"2100-01-01T12:00:00Z\", capacity: 10 }) { id } }", new { t = "Meetup" + suffix })).EnsureSuccess();
        (await moderator.Send("mutation { publishEvent(eventId: \"e1\") { id } }")).EnsureSuccess();
        (await alice.Send("mutation { registerForEvent(eventId: \"e1\") { status } }")).EnsureSuccess();

        return new HostileWorld(community, alice, bob, moderator, checkInId);
    }

    /// <summary>Everything stored in the community, as the admin reads it.</summary>
    public async Task<string> Snapshot() =>
        (await Admin.Send(SnapshotQuery, new { g = GroupId, h = HelpId, f = FeedbackId, p = ProposalId })).EnsureSuccess().Body;
}
