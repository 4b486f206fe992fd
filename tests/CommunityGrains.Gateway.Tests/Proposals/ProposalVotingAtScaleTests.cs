using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CommunityGrains.Gateway.Tests.Proposals;

/// <summary>A popular proposal in its last hour: many members vote, and change their votes, at the same time.</summary>
[Collection(HostCollection.Name)]
public sealed class ProposalVotingAtScaleTests(TestHost host, ITestOutputHelper output)
{
    private const int Voters = 300;

    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task Concurrent_votes_and_changes_leave_a_tally_equal_to_each_voters_last_choice()
    {
        var (steps, proposal, voters) = await PopularProposal();
        var first = voters.ToDictionary(v => v.MemberId, v => Choice(v.MemberId, 0));
        var last = voters.ToDictionary(v => v.MemberId, v => Choice(v.MemberId, 1));

        await Task.WhenAll(voters.Select(v => proposal.CastVote(v, first[v.MemberId])));
        await Task.WhenAll(voters.Select(v => proposal.CastVote(v, last[v.MemberId])));

        var tally = (await proposal.Get(voters[0]))!.Tally;
        Assert.Equal(last.Values.Count(c => c == VoteChoice.For), tally.For);
        Assert.Equal(last.Values.Count(c => c == VoteChoice.Against), tally.Against);
        Assert.Equal(last.Values.Count(c => c == VoteChoice.Abstain), tally.Abstain);
        Assert.Equal(Voters, tally.Total);
        var points = await Task.WhenAll(voters.Select(v => Grains.GetGrain<IMemberGrain>(GrainKeys.Of(v.CommunityId, v.MemberId)).GetJoined()));
        Assert.All(points, member => Assert.Equal(3, member.Points));
        var shards = await Task.WhenAll(Enumerable.Range(0, ProposalBallots.Shards)
            .Select(shard => Grains.GetGrain<IProposalBallotGrain>(ProposalBallots.Key(steps.Community.Id, tally.ProposalId, shard)).Stats()));
        output.WriteLine($"{ProposalBallots.Shards} shards: {shards.Sum(s => s.Changes)} vote changes, {shards.Sum(s => s.Writes)} storage writes");
        var mine = await Grains.GetGrain<IProposalBallotGrain>(ProposalBallots.KeyFor(steps.Community.Id, tally.ProposalId, voters[7].MemberId)).VoteOf(voters[7].MemberId);
        Assert.Equal(last[voters[7].MemberId], mine);
    }

    [Fact]
    public async Task Concurrent_votes_over_http_count_every_voter_once()
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Voting();
        var clients = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => steps.Community.Member($"v{i}")));

        await Task.WhenAll(clients.Select(c => steps.Vote(c, id, "FOR")));
        await Task.WhenAll(clients.Select(c => steps.Vote(c, id, "AGAINST")));

        var read = (await steps.Read(steps.Author, id)).EnsureSuccess();
        Assert.Equal(0, read.Get("proposal.tally.for").GetInt32());
        Assert.Equal(40, read.Get("proposal.tally.against").GetInt32());
    }

    [Fact]
    public async Task A_vote_after_the_closing_time_is_refused_though_nobody_closed_voting()
    {
        var (_, proposal, voters) = await PopularProposal(voterCount: 2, closesIn: TimeSpan.FromMinutes(30));
        await proposal.CastVote(voters[0], VoteChoice.For);

        host.Time.Advance(TimeSpan.FromMinutes(30));

        var refused = await Assert.ThrowsAsync<DomainException>(() => proposal.CastVote(voters[1], VoteChoice.For));
        Assert.Equal(ErrorCodes.VotingClosed, refused.Code);
        Assert.Equal(ProposalStatus.Review, (await proposal.Get(voters[0]))!.Status);
    }

    [Fact]
    public async Task A_ballot_shard_refuses_a_vote_past_the_closing_time_it_is_given()
    {
        var steps = await ProposalSteps.Start(host);
        var shard = Grains.GetGrain<IProposalBallotGrain>(ProposalBallots.KeyFor(steps.Community.Id, "any", "author"));

        var refused = await Assert.ThrowsAsync<DomainException>(() => shard.Cast(new BallotVote("author", VoteChoice.For, host.Time.GetUtcNow())));

        Assert.Equal(ErrorCodes.VotingClosed, refused.Code);
    }

    [Fact]
    public async Task Concurrent_votes_on_a_hot_ballot_shard_share_storage_writes()
    {
        var hot = Enumerable.Range(0, 40 * Voters).Select(i => $"m{i}").Where(m => ProposalBallots.ShardOf(m) == 0).Take(Voters);
        var (steps, proposal, voters) = await PopularProposal(memberIds: hot);

        await Task.WhenAll(voters.Select(v => proposal.CastVote(v, Choice(v.MemberId, 0))));
        await Task.WhenAll(voters.Select(v => proposal.CastVote(v, Choice(v.MemberId, 1))));

        var proposalId = (await proposal.Get(voters[0]))!.Id;
        var stats = await Grains.GetGrain<IProposalBallotGrain>(ProposalBallots.Key(steps.Community.Id, proposalId, 0)).Stats();
        output.WriteLine($"hot shard: {stats.Changes} vote changes, {stats.Writes} storage writes");
        Assert.Equal(2 * Voters, stats.Changes);
        Assert.True(stats.Writes * 10 < stats.Changes, $"{stats.Writes} writes for {stats.Changes} vote changes: concurrent votes should share writes.");
    }

    /// <summary>Two rounds of choices per voter, spread over all three options.</summary>
    private static VoteChoice Choice(string memberId, int round) => (VoteChoice)((ShardHash.Of(memberId) + (uint)(round * 2)) % 3);

    private async Task<(ProposalSteps Steps, IProposalGrain Proposal, IReadOnlyList<Actor> Voters)> PopularProposal(
        int voterCount = Voters, TimeSpan? closesIn = null, IEnumerable<string>? memberIds = null)
    {
        var steps = await ProposalSteps.Start(host);
        var id = await steps.Voting(closesIn);
        var voters = (memberIds ?? Enumerable.Range(0, voterCount).Select(i => $"voter{i}")).Select(m => new Actor(steps.Community.Id, m, Role.Member)).ToList();
        await Task.WhenAll(voters.Select(v => Grains.GetGrain<IMemberGrain>(GrainKeys.Of(v.CommunityId, v.MemberId)).Join(v, new JoinCommunity(v.MemberId, null, null))));
        return (steps, Grains.GetGrain<IProposalGrain>(GrainKeys.Of(steps.Community.Id, id)), voters);
    }
}
