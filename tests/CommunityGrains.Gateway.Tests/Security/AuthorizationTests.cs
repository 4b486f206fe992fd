using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// Roles are declared on fields and checked in one place; these tests send every guarded operation with a token
/// one role too low, and try every kind of object of one community with a token of another.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AuthorizationTests(TestHost host)
{
    private const string Secret = "-secretB";

    /// <summary>Every field that declares MODERATOR or ADMIN, with a request that would succeed for that role.</summary>
    private static readonly IReadOnlyList<Guarded> GuardedOperations =
    [
        new("createCommunity", Role.Admin, "mutation($id: ID!) { createCommunity(input: { id: $id, name: \"Mine\", timeZone: \"Europe/Paris\" }) { id } }"),
        new("configureCommunity", Role.Admin, "mutation { configureCommunity(input: { name: \"Hijacked\", feedbackTargetDays: 90 }) { id } }"),
        new("setIncentiveTiers", Role.Admin, "mutation { setIncentiveTiers(tiers: [{ name: \"Gold\", minLifetimePoints: 0 }]) { name } }"),
        new("defineBadge", Role.Moderator, "mutation { defineBadge(input: { id: \"b9\", name: \"Self-made\", description: \"Mine\" }) { id } }"),
        new("awardBadge", Role.Moderator, "mutation { awardBadge(input: { memberId: \"bob\", badgeId: \"b1\", reason: \"Because\" }) { id } }"),
        new("addReward", Role.Moderator, "mutation { addReward(input: { id: \"r9\", name: \"Free car\", cost: 1, stock: 100 }) { id } }"),
        new("adjustPoints", Role.Moderator, "mutation { adjustPoints(memberId: \"bob\", points: 1000, reason: \"Because\") { id } }"),
        new("updateReward", Role.Admin, "mutation { updateReward(rewardId: \"r1\", cost: 1, stock: 100000) { id } }"),
        new("fulfilRedemption", Role.Moderator, "mutation { fulfilRedemption(rewardId: \"r1\", redemptionId: \"x1\") { id } }"),
        new("selectStarOfTheYear", Role.Admin, "mutation { selectStarOfTheYear(category: OVERALL, year: 2025, memberId: \"bob\") { month } }"),
        new("awardBestStudyGroup", Role.Moderator, "mutation { awardBestStudyGroup(weekOf: \"2026-01-05\") { weekOf } }"),
        new("communityTrends", Role.Moderator, "{ communityTrends { day activeMembers } }"),
        new("setExpert", Role.Moderator, "mutation { setExpert(memberId: \"bob\", expert: true) { id } }"),
        new("selectStarOfTheMonth", Role.Moderator, "mutation { selectStarOfTheMonth(input: { category: OVERALL, month: \"2026-01\", memberId: \"bob\" }) { month } }"),
        new("triageFeedback", Role.Moderator, "mutation { triageFeedback(input: { feedbackId: \"f1\", category: BUG, priority: URGENT, assigneeId: \"bob\" }) { id } }"),
        new("scoreProposal", Role.Moderator, "mutation { scoreProposal(input: { proposalId: \"p1\", feasibility: 5, innovation: 5, value: 5 }) { id } }"),
        new("openVoting", Role.Moderator, "mutation { openVoting(input: { proposalId: \"p1\", closesAt: \"2100-01-01T00:00:00Z\" }) { id } }"),
        new("closeVoting", Role.Moderator, "mutation { closeVoting(proposalId: \"p1\") { id } }"),
        new("decideProposal", Role.Moderator, "mutation { decideProposal(input: { proposalId: \"p1\", decision: ADOPTED, reason: \"I say so\" }) { id } }"),
        new("updateImplementation", Role.Moderator, "mutation { updateImplementation(input: { proposalId: \"p1\", status: IMPLEMENTING, note: \"Started\" }) { id } }"),
        new("closeFeedback", Role.Moderator, "mutation { closeFeedback(feedbackId: \"f1\", reason: \"Spam\") { id } }"),
        new("mergeFeedback", Role.Moderator, "mutation { mergeFeedback(feedbackId: \"f1\", duplicateId: \"f2\") { id } }"),
        new("linkFeedbackToProposal", Role.Moderator, "mutation { linkFeedbackToProposal(feedbackId: \"f1\", proposalId: \"p1\") { id } }"),
        new("feedbackReport", Role.Moderator, "{ feedbackReport { submitted } }"),
        new("createEvent", Role.Moderator, "mutation { createEvent(input: { id: \"e9\", title: \"Mine\", format: ONLINE, startsAt: \"2100-01-01T10:00:00Z\", endsAt: \"2100-01-01T12:00:00Z\", capacity: 10 }) { id } }"),
        new("publishEvent", Role.Moderator, "mutation { publishEvent(eventId: \"e1\") { id } }"),
        new("startEvent", Role.Moderator, "mutation { startEvent(eventId: \"e1\") { id } }"),
        new("endEvent", Role.Moderator, "mutation { endEvent(eventId: \"e1\") { id } }"),
        new("cancelEvent", Role.Moderator, "mutation { cancelEvent(eventId: \"e1\", reason: \"Because\") { id } }"),
        new("assignEventStaff", Role.Moderator, "mutation { assignEventStaff(input: { eventId: \"e1\", memberId: \"bob\", role: HOST }) { id } }"),
        new("createSurvey", Role.Moderator, "mutation { createSurvey(input: { id: \"s9\", kind: NPS, title: \"Mine\" }) { id } }"),
        new("closeSurvey", Role.Moderator, "mutation { closeSurvey(surveyId: \"s1\") { id } }"),
        new("surveyTextAnswers", Role.Moderator, "{ surveyTextAnswers(surveyId: \"s1\", questionId: \"1\") { totalCount } }"),
        new("scorecard", Role.Moderator, "{ event(id: \"e1\") { scorecard { attended } } }"),
        new("registrations", Role.Moderator, "{ event(id: \"e1\") { registrations { totalCount } } }"),
        new("hideComment", Role.Moderator, "mutation { hideComment(commentId: \"c1\", reason: \"Rude\") { id } }"),
        new("addWebhook", Role.Admin, "mutation { addWebhook(input: { url: \"https://example.com/hook\", events: [MEMBER_JOINED] }) { secret } }"),
        new("removeWebhook", Role.Admin, "mutation { removeWebhook(webhookId: \"wh1\") }"),
        new("testWebhook", Role.Admin, "mutation { testWebhook(webhookId: \"wh1\") { eventId } }"),
        new("webhooks", Role.Admin, "{ webhooks { id } }"),
    ];

    public static TheoryData<string> GuardedNames => new(GuardedOperations.Select(g => g.Operation));

    [Fact]
    public void The_table_lists_every_field_that_requires_moderator_or_admin()
    {
        var declared = host.Services.GetRequiredService<ISchema>().AllTypes.OfType<IComplexGraphType>()
            .SelectMany(type => type.Fields)
            .Where(field => RoleRequirement.Of(field) is > Role.Member)
            .Select(field => $"{field.Name}: {RoleRequirement.Of(field)}")
            .Order()
            .ToList();

        Assert.Equal(declared, GuardedOperations.Select(g => $"{g.Operation}: {g.Required}").Order().ToList());
    }

    [Theory]
    [MemberData(nameof(GuardedNames))]
    public async Task A_guarded_operation_is_forbidden_one_role_below_and_changes_nothing(string operation)
    {
        var guarded = GuardedOperations.Single(g => g.Operation == operation);
        var world = await HostileWorld.Create(host);
        var before = await world.Snapshot();
        var tooLow = guarded.Required == Role.Admin ? Role.Moderator : Role.Member;

        foreach (var role in new[] { Role.Member, tooLow }.Distinct())
        {
            var communityId = operation == "createCommunity" ? world.UnbornCommunityId : world.Community.Id;
            var client = host.As(communityId, role == Role.Member ? "bob" : "mod", role);
            var response = await client.Send(guarded.Document, new { id = world.UnbornCommunityId });
            response.ExpectError(ErrorCodes.Forbidden);
        }

        Assert.Equal(before, await world.Snapshot());
    }

    [Fact]
    public async Task Rules_that_depend_on_the_object_refuse_other_members()
    {
        var world = await HostileWorld.Create(host);
        var before = await world.Snapshot();
        string[] attempts =
        [
            "mutation { replyToFeedback(input: { feedbackId: \"f1\", reply: \"Not mine\" }) { id } }",
            "mutation { resolveFeedback(input: { feedbackId: \"f1\", resolution: \"Not mine\" }) { id } }",
            "mutation { addFeedbackNote(feedbackId: \"f1\", text: \"Not mine\") { id } }",
            "mutation { acceptHelper(requestId: \"h1\", helperId: \"bob\") { id } }",
            "mutation { completeHelpRequest(requestId: \"h1\") { id } }",
            "mutation { cancelHelpRequest(requestId: \"h1\") { id } }",
            "mutation { setStudyGroupMentor(groupId: \"g1\", mentorId: \"bob\") { id } }",
            "mutation { addPracticeTask(groupId: \"g1\", id: \"t9\", title: \"Mine\", description: \"Mine\") { id } }",
            "mutation { withdrawProposal(proposalId: \"p1\") { id } }",
            "mutation { submitProposal(proposalId: \"p1\") { id } }",
            $"mutation {{ highlightCheckIn(groupId: \"g1\", checkInId: \"{world.CheckInId}\") {{ id }} }}",
        ];

        foreach (var attempt in attempts)
        {
            (await world.Bob.Send(attempt)).ExpectError(ErrorCodes.Forbidden);
        }

        Assert.Equal(before, await world.Snapshot());
    }

    [Fact]
    public async Task A_token_for_one_community_reads_nothing_of_another()
    {
        var other = await HostileWorld.Create(host, Secret);
        var community = await host.NewCommunity();
        var intruder = await community.Member("intruder", Role.Moderator);

        var read = await intruder.Send(
            """
            query($c: ID!) {
              member(id: "alice") { id displayName }
              studyGroup(id: "g1") { id name }
              helpRequest(id: "h1") { id title }
              feedback(id: "f1") { id body }
              proposal(id: "p1") { id title }
              proposals(first: 100) { nodes { id title } }
              rewards { id name }
              badges { id name }
              feedbackItems(first: 100) { nodes { id body } }
              event(id: "e1") { id title }
              events { nodes { id title } }
              c: helpRequestsNear(near: { latitude: 31.23, longitude: 121.47 }, radiusKm: 10) { request { id title } }
              s: studyGroup(id: $c) { id }
            }
            """,
            new { c = other.Community.Id });

        Assert.True(read.Errors.Count == 0, read.Body);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Get("member").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Get("studyGroup").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Get("helpRequest").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Get("feedback").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Get("proposal").ValueKind);
        Assert.DoesNotContain(Secret, read.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_that_names_another_communitys_key_is_refused()
    {
        var other = await HostileWorld.Create(host, Secret);
        var community = await host.NewCommunity();
        var intruder = await community.Member("intruder");

        foreach (var field in new[] { "member", "studyGroup", "helpRequest", "feedback", "proposal" })
        {
            var response = await intruder.Send($"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", new { id = other.Community.Id + "/" + (field == "member" ? "alice" : "x") });
            response.ExpectError(ErrorCodes.BadUserInput);
            Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_for_one_community_changes_nothing_in_another()
    {
        var other = await HostileWorld.Create(host, Secret);
        var before = await other.Snapshot();
        var community = await host.NewCommunity();
        var intruder = await community.Member("intruder", Role.Moderator);
        string[] attempts =
        [
            "mutation { joinStudyGroup(groupId: \"g1\") { id } }",
            "mutation { setStudyGroupMentor(groupId: \"g1\", mentorId: \"intruder\") { id } }",
            "mutation { addPracticeTask(groupId: \"g1\", id: \"t9\", title: \"Mine\", description: \"Mine\") { id } }",
            "mutation { checkIn(input: { groupId: \"g1\", note: \"in\" }) { id } }",
            $"mutation {{ reviewCheckIn(input: {{ groupId: \"g1\", checkInId: \"{other.CheckInId}\", rating: 1 }}) {{ id }} }}",
            $"mutation {{ highlightCheckIn(groupId: \"g1\", checkInId: \"{other.CheckInId}\") {{ id }} }}",
            "mutation { volunteerForHelpRequest(requestId: \"h1\") { id } }",
            "mutation { acceptHelper(requestId: \"h1\", helperId: \"bob\") { id } }",
            "mutation { cancelHelpRequest(requestId: \"h1\") { id } }",
            "mutation { triageFeedback(input: { feedbackId: \"f1\", category: BUG, priority: LOW }) { id } }",
            "mutation { replyToFeedback(input: { feedbackId: \"f1\", reply: \"Hi\" }) { id } }",
            "mutation { resolveFeedback(input: { feedbackId: \"f1\", resolution: \"Done\" }) { id } }",
            "mutation { closeFeedback(feedbackId: \"f1\") { id } }",
            "mutation { redeemReward(input: { rewardId: \"r1\" }) { id } }",
            "mutation { withdrawProposal(proposalId: \"p1\") { id } }",
            "mutation { castVote(input: { proposalId: \"p1\", choice: AGAINST }) { id } }",
            "mutation { scoreProposal(input: { proposalId: \"p1\", feasibility: 1, innovation: 1, value: 1 }) { id } }",
            "mutation { awardBadge(input: { memberId: \"alice\", badgeId: \"b1\", reason: \"x\" }) { id } }",
            "mutation { startEvent(eventId: \"e1\") { id } }",
            "mutation { registerForEvent(eventId: \"e1\") { status } }",
            "mutation { issueSignInCode(eventId: \"e1\") { code } }",
            "mutation { createPoll(input: { eventId: \"e1\", question: \"Q\", options: [{ label: \"A\" }, { label: \"B\" }] }) { id } }",
        ];

        foreach (var attempt in attempts)
        {
            var response = await intruder.Send(attempt);
            Assert.True(response.ErrorCodes.Contains(ErrorCodes.NotFound), $"{attempt}\n{response.Body}");
            Assert.DoesNotContain(Secret, response.Body, StringComparison.Ordinal);
        }

        (await intruder.Send("mutation($id: ID!) { createCommunity(input: { id: $id, name: \"Mine\", timeZone: \"UTC\" }) { id } }", new { id = other.Community.Id }))
            .ExpectError(ErrorCodes.Forbidden);
        Assert.Equal(before, await other.Snapshot());
    }

    private sealed record Guarded(string Operation, Role Required, string Document);
}
