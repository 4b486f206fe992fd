using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Proposals;

[Collection(HostCollection.Name)]
public sealed class ProposalLifecycleTests(TestHost host)
{
    [Fact]
    public async Task A_draft_saved_again_with_its_id_is_updated_not_duplicated()
    {
        var steps = await ProposalSteps.Start(host);
        (await steps.SaveDraft(steps.Author, "racks", "First title")).EnsureSuccess();

        var saved = (await steps.SaveDraft(steps.Author, "racks", "Second title")).EnsureSuccess();

        Assert.Equal("Second title", saved.Get("saveProposalDraft.title").GetString());
        Assert.Equal("DRAFT", saved.Get("saveProposalDraft.status").GetString());
        Assert.Equal("mobility", saved.Get("saveProposalDraft.tags.0").GetString());
        Assert.Equal(1200.5, saved.Get("saveProposalDraft.budget").GetDouble());
        var drafts = (await steps.Author.Send("{ proposals(status: DRAFT) { totalCount nodes { id } } }")).EnsureSuccess();
        Assert.Equal(1, drafts.Get("proposals.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_draft_without_an_id_gets_one()
    {
        var steps = await ProposalSteps.Start(host);
        var saved = (await steps.SaveDraft(steps.Author, id: null)).EnsureSuccess();
        Assert.False(string.IsNullOrEmpty(saved.Get("saveProposalDraft.id").GetString()));
        Assert.Equal("author", saved.Get("saveProposalDraft.author.id").GetString());
    }

    [Fact]
    public async Task A_title_over_200_characters_is_refused()
    {
        var steps = await ProposalSteps.Start(host);
        var message = (await steps.SaveDraft(steps.Author, "long", new string('t', 201))).ExpectError(ErrorCodes.BadUserInput);
        Assert.Contains("input.title", message);
    }

    [Fact]
    public async Task A_draft_is_visible_only_to_its_author()
    {
        var steps = await ProposalSteps.Start(host);
        var draft = await steps.Draft();
        var submitted = await steps.Submitted();
        var other = await steps.Community.Member("other");

        Assert.Equal(JsonValueKind.Null, (await steps.Read(other, draft)).EnsureSuccess().Get("proposal").ValueKind);
        var theirDrafts = (await other.Send("{ proposals(status: DRAFT) { totalCount } }")).EnsureSuccess();
        Assert.Equal(0, theirDrafts.Get("proposals.totalCount").GetInt32());
        var everything = (await other.Send("{ proposals { totalCount nodes { id } } }")).EnsureSuccess();
        Assert.Equal(submitted, everything.Get("proposals.nodes.0.id").GetString());
        Assert.Equal(1, everything.Get("proposals.totalCount").GetInt32());
        Assert.Equal(draft, (await steps.Read(steps.Author, draft)).EnsureSuccess().Get("proposal.id").GetString());
    }

    [Fact]
    public async Task Only_the_author_edits_submits_and_withdraws()
    {
        var steps = await ProposalSteps.Start(host);
        var draft = await steps.Draft("mine");
        var other = await steps.Community.Member("other");

        (await steps.SaveDraft(other, "mine", "Hijacked")).ExpectError(ErrorCodes.Forbidden);
        (await steps.Submit(steps.Moderator, draft)).ExpectError(ErrorCodes.Forbidden);
        (await steps.Act(steps.Moderator, "withdrawProposal", await steps.Submitted())).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Submitting_awards_suggestion_points_per_proposal_and_the_first_suggestion_badge_once()
    {
        var steps = await ProposalSteps.Start(host);
        var first = await steps.Draft();
        var second = await steps.Draft();

        var submitted = (await steps.Submit(steps.Author, first)).EnsureSuccess();
        (await steps.Submit(steps.Author, first)).EnsureSuccess();
        (await steps.Submit(steps.Author, second)).EnsureSuccess();

        Assert.Equal("SUBMITTED", submitted.Get("submitProposal.status").GetString());
        Assert.NotEqual(JsonValueKind.Null, submitted.Get("submitProposal.submittedAt").ValueKind);
        var me = (await steps.Author.Send("{ me { points badges { badge { id } } } }")).EnsureSuccess();
        Assert.Equal(2 * 10, me.Get("me.points").GetInt32());
        Assert.Equal(["FIRST_SUGGESTION"], me.Get("me.badges").EnumerateArray().Select(b => b.GetProperty("badge").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_first_score_moves_to_screening_and_the_means_cover_every_moderator()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Submitted();
        var before = (await steps.Read(steps.Author, id)).EnsureSuccess();
        Assert.Equal(JsonValueKind.Null, before.Get("proposal.feasibility").ValueKind);
        var second = await steps.Community.Member("mod2", Role.Moderator);

        (await steps.Score(steps.Moderator, id, 4, 2, 5, "Looks doable")).EnsureSuccess();
        var scored = (await steps.Score(second, id, 3, 3, 4)).EnsureSuccess();

        Assert.Equal("SCREENING", scored.Get("scoreProposal.status").GetString());
        Assert.Equal(3.5, scored.Get("scoreProposal.feasibility").GetDouble());
        Assert.Equal(2.5, scored.Get("scoreProposal.innovation").GetDouble());
        Assert.Equal(4.5, scored.Get("scoreProposal.value").GetDouble());
        Assert.Equal("mod", scored.Get("scoreProposal.screening.0.reviewer.id").GetString());
        Assert.Equal("Looks doable", scored.Get("scoreProposal.screening.0.comment").GetString());
    }

    [Fact]
    public async Task Scores_outside_one_to_five_are_refused()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Submitted();
        Assert.Contains("input.value", (await steps.Score(steps.Moderator, id, 3, 3, 6)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Members_cannot_score_open_close_decide_or_implement()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Submitted();
        var member = steps.Author;

        (await steps.Score(member, id, 3, 3, 3)).ExpectError(ErrorCodes.Forbidden);
        (await steps.OpenVoting(member, id, host.Time.GetUtcNow().AddDays(1))).ExpectError(ErrorCodes.Forbidden);
        (await steps.Act(member, "closeVoting", id)).ExpectError(ErrorCodes.Forbidden);
        (await steps.Decide(member, id, "ADOPTED", "Mine is great")).ExpectError(ErrorCodes.Forbidden);
        (await steps.Implement(member, id, "IMPLEMENTING", "Started")).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Opening_voting_needs_a_closing_time_in_the_future()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Screening();
        var message = (await steps.OpenVoting(steps.Moderator, id, host.Time.GetUtcNow().AddMinutes(-1))).ExpectError(ErrorCodes.BadUserInput);
        Assert.Contains("closesAt", message);
    }

    [Fact]
    public async Task A_transition_out_of_order_is_refused_naming_the_current_status()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Submitted();

        Assert.Contains("SUBMITTED", (await steps.OpenVoting(steps.Moderator, id, host.Time.GetUtcNow().AddDays(1))).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("SUBMITTED", (await steps.Act(steps.Moderator, "closeVoting", id)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("SUBMITTED", (await steps.Decide(steps.Moderator, id, "REJECTED", "Too early")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("SUBMITTED", (await steps.Vote(steps.Author, id, "FOR")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("SUBMITTED", (await steps.SaveDraft(steps.Author, id, "Edited late")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Casting_a_second_vote_replaces_the_first()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Voting();
        var voter = await steps.Community.Member("voter");

        (await steps.Vote(voter, id, "FOR")).EnsureSuccess();
        var changed = (await steps.Vote(voter, id, "AGAINST")).EnsureSuccess();

        Assert.Equal(0, changed.Get("castVote.tally.for").GetInt32());
        Assert.Equal(1, changed.Get("castVote.tally.against").GetInt32());
        Assert.Equal(1, changed.Get("castVote.tally.total").GetInt32());
        Assert.Equal("AGAINST", changed.Get("castVote.myVote").GetString());
        Assert.Equal(JsonValueKind.Null, (await steps.Read(steps.Author, id)).Get("proposal.myVote").ValueKind);
        Assert.Equal(3, (await voter.Send("{ me { points } }")).Get("me.points").GetInt32());
    }

    [Fact]
    public async Task Someone_who_has_not_joined_cannot_vote()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Voting();

        (await steps.Vote(steps.Community.As("stranger"), id, "FOR")).ExpectError(ErrorCodes.NotFound);

        Assert.Equal(0, (await steps.Read(steps.Author, id)).Get("proposal.tally.total").GetInt32());
    }

    [Fact]
    public async Task A_vote_after_closing_is_refused_with_voting_closed()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Voting();
        var voter = await steps.Community.Member("voter");
        (await steps.Vote(voter, id, "FOR")).EnsureSuccess();

        var closed = (await steps.Act(steps.Moderator, "closeVoting", id)).EnsureSuccess();

        Assert.Equal("REVIEW", closed.Get("closeVoting.status").GetString());
        Assert.Equal(1, closed.Get("closeVoting.tally.for").GetInt32());
        (await steps.Vote(voter, id, "AGAINST")).ExpectError(ErrorCodes.VotingClosed);
    }

    [Fact]
    public async Task Voting_closes_by_itself_at_its_closing_time()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Voting(TimeSpan.FromHours(1));
        var voter = await steps.Community.Member("voter");
        (await steps.Vote(voter, id, "ABSTAIN")).EnsureSuccess();

        host.Time.Advance(TimeSpan.FromHours(1));

        (await steps.Vote(voter, id, "FOR")).ExpectError(ErrorCodes.VotingClosed);
        var read = (await steps.Read(steps.Author, id)).EnsureSuccess();
        Assert.Equal("REVIEW", read.Get("proposal.status").GetString());
        Assert.Equal(1, read.Get("proposal.tally.abstain").GetInt32());
        var closing = read.Get("proposal.timeline").EnumerateArray().Last();
        Assert.Equal("REVIEW", closing.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, closing.GetProperty("actor").ValueKind);
        var inReview = (await steps.Author.Send("{ proposals(status: REVIEW) { totalCount } }")).EnsureSuccess();
        Assert.Equal(1, inReview.Get("proposals.totalCount").GetInt32());
        (await steps.Decide(steps.Moderator, id, "REJECTED", "Not enough support")).EnsureSuccess();
    }

    [Fact]
    public async Task An_adopted_proposal_rewards_its_author_and_moves_through_implementation()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Adopted();
        (await steps.Decide(steps.Moderator, id, "ADOPTED", "Cheap and popular.")).EnsureSuccess();

        (await steps.Implement(steps.Moderator, id, "IMPLEMENTING", "Ordered the racks")).EnsureSuccess();
        var done = (await steps.Implement(steps.Moderator, id, "IMPLEMENTED", "Installed")).EnsureSuccess();

        Assert.Equal("IMPLEMENTED", done.Get("updateImplementation.status").GetString());
        Assert.Equal("ADOPTED", done.Get("updateImplementation.decision").GetString());
        Assert.Equal("Cheap and popular.", done.Get("updateImplementation.decisionReason").GetString());
        var timeline = done.Get("updateImplementation.timeline").EnumerateArray().ToList();
        Assert.Equal(["DRAFT", "SUBMITTED", "SCREENING", "VOTING", "REVIEW", "ADOPTED", "IMPLEMENTING", "IMPLEMENTED"],
            timeline.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal("author", timeline[0].GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("mod", timeline[5].GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal("Installed", timeline[^1].GetProperty("note").GetString());
        var me = (await steps.Author.Send("{ me { points badges { badge { id } } } }")).EnsureSuccess();
        Assert.Equal(10 + 50, me.Get("me.points").GetInt32());
        Assert.Equal(["FIRST_SUGGESTION", "PROPOSAL_ADOPTED"], me.Get("me.badges").EnumerateArray().Select(b => b.GetProperty("badge").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_decision_needs_a_reason()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.InReview();
        Assert.Contains("input.reason", (await steps.Decide(steps.Moderator, id, "REJECTED", "  ")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task Implementation_needs_a_note_and_cannot_skip_implementing()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Adopted();
        Assert.Contains("input.note", (await steps.Implement(steps.Moderator, id, "IMPLEMENTING", "")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("ADOPTED", (await steps.Implement(steps.Moderator, id, "IMPLEMENTED", "Done")).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("ADOPTED", (await steps.Implement(steps.Moderator, id, "VOTING", "Again")).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_rejected_proposal_earns_no_adoption_reward()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.InReview();
        var rejected = (await steps.Decide(steps.Moderator, id, "REJECTED", "Over budget")).EnsureSuccess();
        Assert.Equal("REJECTED", rejected.Get("decideProposal.status").GetString());
        Assert.Equal(10, (await steps.Author.Send("{ me { points } }")).Get("me.points").GetInt32());
    }

    [Fact]
    public async Task The_author_can_withdraw_before_a_decision_but_not_after()
    {
        var steps = await ProposalSteps.Start(host);
        var voting = await steps.Voting();
        var adopted = await steps.Adopted();

        var withdrawn = (await steps.Act(steps.Author, "withdrawProposal", voting)).EnsureSuccess();

        Assert.Equal("WITHDRAWN", withdrawn.Get("withdrawProposal.status").GetString());
        Assert.Contains("ADOPTED", (await steps.Act(steps.Author, "withdrawProposal", adopted)).ExpectError(ErrorCodes.BadUserInput));
        var voter = await steps.Community.Member("late");
        (await steps.Vote(voter, voting, "FOR")).ExpectError(ErrorCodes.VotingClosed);
    }

    [Fact]
    public async Task An_unknown_proposal_is_not_found()
    {
        var steps = await ProposalSteps.Start(host);
        (await steps.Submit(steps.Author, "nope")).ExpectError(ErrorCodes.NotFound);
        (await steps.Vote(steps.Author, "nope", "FOR")).ExpectError(ErrorCodes.NotFound);
        (await steps.Act(steps.Moderator, "closeVoting", "nope")).ExpectError(ErrorCodes.NotFound);
        Assert.Equal(JsonValueKind.Null, (await steps.Read(steps.Author, "nope")).EnsureSuccess().Get("proposal").ValueKind);
    }

    [Fact]
    public async Task Proposals_of_another_community_are_invisible()
    {
        var ours = await ProposalSteps.Start(host);
        var theirs = await ProposalSteps.Start(host);
        var id = await theirs.Voting();

        Assert.Equal(JsonValueKind.Null, (await ours.Read(ours.Author, id)).EnsureSuccess().Get("proposal").ValueKind);
        (await ours.Vote(ours.Author, id, "FOR")).ExpectError(ErrorCodes.NotFound);
        Assert.Equal(0, (await ours.Author.Send("{ proposals { totalCount } }")).EnsureSuccess().Get("proposals.totalCount").GetInt32());
    }
}
