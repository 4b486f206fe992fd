using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Events;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Help;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.Polls;
using CommunityGrains.Gateway.Tests.Proposals;
using CommunityGrains.Gateway.Tests.StudyGroups;

namespace CommunityGrains.Gateway.Tests.Members;

/// <summary>A member's rights over their data (PIPL, GDPR): a copy of everything, and leaving for good.</summary>
[Collection(HostCollection.Name)]
public sealed class DataRightsTests(TestHost host)
{
    [Fact]
    public async Task My_data_holds_the_profile_every_ledger_entry_the_badges_and_the_study_groups()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana", displayName: "Ana Silva");
        for (var i = 0; i < 105; i++)
        {
            await community.Give("ana", 1);
        }

        (await ana.CreateGroup("g1")).EnsureSuccess();

        var json = (await ana.Send("{ myData }")).EnsureSuccess().Get("myData").GetString()!;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("Ana Silva", root.GetProperty("profile").GetProperty("displayName").GetString());
        Assert.Equal(105, root.GetProperty("profile").GetProperty("points").GetInt32());
        Assert.Equal(105, root.GetProperty("pointsLedger").GetArrayLength());
        Assert.Equal(Enumerable.Range(1, 105).Reverse().Select(i => (long)i), root.GetProperty("pointsLedger").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.Equal(["g1"], root.GetProperty("studyGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("badges").ValueKind);
    }

    /// <summary>
    /// Found by the schema fuzzer: resolving an item scores its author (a call to the author's member grain) while the
    /// author's export reads that item. When the export held the member grain's turn, each waited for the other until
    /// the 30-second call timeout, and both failed.
    /// </summary>
    [Fact]
    public async Task My_data_asked_while_my_items_are_resolved_answers_and_every_resolution_succeeds()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");
        var mod = await community.Member("mo", Role.Moderator);
        var items = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            items.Add(await ana.SubmitId($"Ana: item {i} needs fixing."));
        }

        var resolutions = items.Select(id => mod.Resolve(id)).ToList();
        var exports = items.Select(_ => ana.Send("{ myData }")).ToList();

        Assert.All(await Task.WhenAll(resolutions), r => r.EnsureSuccess());
        Assert.All(await Task.WhenAll(exports), e => e.EnsureSuccess());
    }

    [Fact]
    public async Task My_data_holds_my_comments_named_feedback_help_requests_registrations_and_ballots_and_nobody_elses()
    {
        var steps = await ProposalSteps.Start(host);
        var community = steps.Community;
        var proposal = await steps.Submitted();
        var meetup = new EventSteps(community, steps.Moderator);
        var ana = await community.Member("ana");
        var bob = await community.Member("bob");
        var anaComment = await ana.CommentId(proposal, "Ana: racks on both sides.");
        await bob.CommentId(proposal, "Bob: a roof would help.");
        var named = await ana.SubmitId("Ana: the lift is broken again.");
        await ana.SubmitId("Ana: my neighbour is noisy at night.", anonymous: true);
        await bob.SubmitId("Bob: more benches please.");
        var anaRequest = await ana.Post(title: "Ana needs a ladder");
        var bobRequest = await bob.Post(title: "Bob needs a drill");
        (await ana.Volunteer(bobRequest, "Ana: I have a drill.")).EnsureSuccess();
        (await ana.Volunteer(bobRequest, "Ana: I have a drill.")).EnsureSuccess();
        (await bob.Volunteer(anaRequest, "Bob: mine is three metres long.")).EnsureSuccess();
        var eventId = await meetup.Event("LIVE", title: "Station square workshop");
        var code = await meetup.Code(eventId);
        foreach (var who in new[] { ana, bob })
        {
            (await meetup.Register(who, eventId)).EnsureSuccess();
            (await meetup.SignIn(who, eventId, code)).EnsureSuccess();
        }

        var poll = await meetup.OpenPoll(eventId, "More racks", "A roof");
        var options = (await meetup.ReadPoll(ana, poll)).EnsureSuccess().Get("poll.options").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList();
        (await meetup.Vote(ana, poll, options[1])).EnsureSuccess();
        (await meetup.Vote(bob, poll, options[0])).EnsureSuccess();

        var json = (await ana.Send("{ myData }")).EnsureSuccess().Get("myData").GetString()!;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal([(anaComment, "Ana: racks on both sides.")], root.GetProperty("comments").EnumerateArray().Select(c => (c.GetProperty("id").GetString(), c.GetProperty("body").GetString())));
        Assert.Equal([named], root.GetProperty("feedback").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal([anaRequest], root.GetProperty("help").GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(
            [(bobRequest, "Ana: I have a drill.")],
            root.GetProperty("help").GetProperty("volunteered").EnumerateArray().Select(r => (r.GetProperty("requestId").GetString(), r.GetProperty("message").GetString())));
        var attended = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal((eventId, "ATTENDED"), (attended.GetProperty("eventId").GetString(), attended.GetProperty("registration").GetProperty("status").GetString()));
        var ballot = Assert.Single(attended.GetProperty("pollVotes").EnumerateArray());
        Assert.Equal((poll, "A roof"), (ballot.GetProperty("pollId").GetString(), ballot.GetProperty("label").GetString()));
        Assert.DoesNotContain("Bob:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("noisy", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderators_export_holds_their_own_feedback_not_the_communitys()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var ana = await community.Member("ana");
        var own = await mod.SubmitId("Mo: the notice board is outdated.");
        await ana.SubmitId("Ana: the lift is broken again.");

        var json = (await mod.Send("{ myData }")).EnsureSuccess().Get("myData").GetString()!;
        using var document = JsonDocument.Parse(json);

        Assert.Equal([own], document.RootElement.GetProperty("feedback").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task After_leaving_their_help_requests_volunteering_and_comments_show_former_member_and_keep_their_text()
    {
        var steps = await ProposalSteps.Start(host);
        var community = steps.Community;
        var proposal = await steps.Submitted();
        var bob = await community.Member("bob", displayName: "Bob Chen");
        var ana = await community.Member("ana");
        var bobRequest = await bob.Post(title: "Bob needs a drill");
        var anaRequest = await ana.Post(title: "Ana needs a ladder");
        (await bob.Volunteer(anaRequest, "Mine is three metres long.")).EnsureSuccess();
        (await bob.Comment(proposal, "Racks please.")).EnsureSuccess();

        (await bob.Send("mutation { leaveCommunity(confirm: true) }")).EnsureSuccess();

        var seen = (await ana.Send(
            "query($b: ID!, $a: ID!, $p: ID!) { bobs: helpRequest(id: $b) { title author { id displayName } } mine: helpRequest(id: $a) { volunteers { displayName } volunteerDetails { member { id displayName } message } } proposal(id: $p) { thread { comments { nodes { body author { displayName } } } } } }",
            new { b = bobRequest, a = anaRequest, p = proposal })).EnsureSuccess();
        Assert.Equal(("Bob needs a drill", "bob", "Former member"), (seen.Get("bobs.title").GetString(), seen.Get("bobs.author.id").GetString(), seen.Get("bobs.author.displayName").GetString()));
        Assert.Equal("Former member", seen.Get("mine.volunteers.0.displayName").GetString());
        Assert.Equal(("Former member", "Mine is three metres long."), (seen.Get("mine.volunteerDetails.0.member.displayName").GetString(), seen.Get("mine.volunteerDetails.0.message").GetString()));
        Assert.Equal(("Racks please.", "Former member"), (seen.Get("proposal.thread.comments.nodes.0.body").GetString(), seen.Get("proposal.thread.comments.nodes.0.author.displayName").GetString()));
        Assert.DoesNotContain("Bob Chen", seen.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaving_needs_confirmation()
    {
        var community = await host.NewCommunity();
        var ana = await community.Member("ana");

        var message = (await ana.Send("mutation { leaveCommunity(confirm: false) }")).ExpectError(ErrorCodes.BadUserInput);

        Assert.Contains("confirm", message, StringComparison.Ordinal);
        Assert.Equal("ana", (await ana.Send("{ me { id } }")).EnsureSuccess().Get("me.id").GetString());
    }

    [Fact]
    public async Task A_member_who_leaves_is_anonymised_loses_points_and_rank_and_their_comments_stay_without_their_name()
    {
        var steps = await ProposalSteps.Start(host);
        var community = steps.Community;
        var proposal = await steps.Submitted();
        var bob = await community.Member("bob", displayName: "Bob Chen");
        await community.Give("bob", 80);
        (await bob.Comment(proposal, "The north exit needs racks.")).EnsureSuccess();
        var before = (await community.Admin.Send("{ community { stats { members } } }")).EnsureSuccess().Get("community.stats.members").GetInt32();

        Assert.True((await bob.Send("mutation { leaveCommunity(confirm: true) }")).EnsureSuccess().Get("leaveCommunity").GetBoolean());

        var seen = (await community.Admin.Send(
            "query($p: ID!) { member(id: \"bob\") { displayName points lifetimePoints badges { reason } } leaderboard(category: OVERALL) { entries { member { id } } } annualLeaderboard(category: OVERALL) { entries { member { id } } } community { stats { members } } proposal(id: $p) { thread { comments { nodes { body author { id displayName } } } } } }",
            new { p = proposal })).EnsureSuccess();
        Assert.Equal(("Former member", 0, 0, 0), (seen.Get("member.displayName").GetString(), seen.Get("member.points").GetInt32(), seen.Get("member.lifetimePoints").GetInt32(), seen.Get("member.badges").GetArrayLength()));
        Assert.DoesNotContain(seen.Get("leaderboard.entries").EnumerateArray(), e => e.GetProperty("member").GetProperty("id").GetString() == "bob");
        Assert.DoesNotContain(seen.Get("annualLeaderboard.entries").EnumerateArray(), e => e.GetProperty("member").GetProperty("id").GetString() == "bob");
        Assert.Equal(before - 1, seen.Get("community.stats.members").GetInt32());
        Assert.Equal(("The north exit needs racks.", "Former member"), (seen.Get("proposal.thread.comments.nodes.0.body").GetString(), seen.Get("proposal.thread.comments.nodes.0.author.displayName").GetString()));
        Assert.DoesNotContain("Bob Chen", seen.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_leaving_the_token_acts_as_a_non_member_and_cannot_join_again()
    {
        var community = await host.NewCommunity();
        var bob = await community.Member("bob");
        await community.Give("bob", 10);
        (await bob.Send("mutation { leaveCommunity(confirm: true) }")).EnsureSuccess();

        Assert.Equal(JsonValueKind.Null, (await bob.Send("{ me { id } }")).EnsureSuccess().Get("me").ValueKind);
        (await bob.Send("{ myData }")).ExpectError(ErrorCodes.NotFound);
        (await bob.Send("mutation { joinCommunity(input: { displayName: \"Bob again\" }) { id } }")).ExpectError(ErrorCodes.Forbidden);
        (await bob.Send("mutation { leaveCommunity(confirm: true) }")).EnsureSuccess();
        (await bob.CreateGroup("g1")).ExpectError(ErrorCodes.NotFound);
        Assert.Equal("Former member", (await community.Admin.Send("{ member(id: \"bob\") { displayName } }")).EnsureSuccess().Get("member.displayName").GetString());
    }
}
