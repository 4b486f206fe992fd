using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;
using CommunityGrains.Grains.Tests.Infrastructure;

namespace CommunityGrains.Grains.Tests.Proposals;

[Collection(ClusterCollection.Name)]
public sealed class ProposalBallotBoxTests(ClusterFixture fixture)
{
    /// <summary>More voters than the journal holds before a move, so some votes settle in the rolls.</summary>
    private const int Voters = BallotJournal.FlushAt + 44;

    [Fact]
    public async Task Votes_moved_to_the_rolls_still_count_and_change_after_the_box_is_reactivated()
    {
        var community = await fixture.NewCommunity();
        var voters = await JoinedMembers(community, Voters);
        var box = fixture.Grains.GetGrain<IProposalBallotBoxGrain>(GrainKeys.Of(community, "p1"));
        var closesAt = ClusterFixture.Time.GetUtcNow().AddHours(1);

        await Task.WhenAll(voters.Select((v, i) => box.Cast(new BallotVote(v, Choice(i, 0), closesAt))));
        await Task.WhenAll(voters.Select((v, i) => box.Cast(new BallotVote(v, Choice(i, 1), closesAt))));
        var rolled = await Task.WhenAll(Enumerable.Range(0, ProposalVoterRolls.Shards)
            .Select(shard => fixture.Grains.GetGrain<IProposalVoterRollGrain>(ProposalVoterRolls.Key(community, "p1", shard)).Votes()));
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.True(rolled.Sum(r => r.Count) > 0, "the journal should have been moved to the rolls at least once");
        Assert.Equal(Expected(Voters, 1), Counts(await box.Tally()));
        Assert.Equal(Choice(7, 1), await box.VoteOf(voters[7]));

        // Only a box that knows voter 0's settled vote can move exactly one count.
        var changed = Choice(0, 2);
        var after = await box.Cast(new BallotVote(voters[0], changed, closesAt));
        Assert.Equal(Expected(Voters, 1).Replace(Choice(0, 1), changed), Counts(after));
    }

    [Fact]
    public async Task Concurrent_votes_in_a_box_share_storage_writes()
    {
        var community = await fixture.NewCommunity();
        var voters = await JoinedMembers(community, 100);
        var box = fixture.Grains.GetGrain<IProposalBallotBoxGrain>(GrainKeys.Of(community, "p1"));
        var closesAt = ClusterFixture.Time.GetUtcNow().AddHours(1);

        await Task.WhenAll(voters.Select((v, i) => box.Cast(new BallotVote(v, Choice(i, 0), closesAt))));
        await Task.WhenAll(voters.Select((v, i) => box.Cast(new BallotVote(v, Choice(i, 1), closesAt))));

        var stats = await box.Stats();
        Assert.Equal(200, stats.Changes);
        Assert.True(stats.Writes * 2 < stats.Changes, $"{stats.Writes} writes for {stats.Changes} vote changes: concurrent votes should share writes.");
    }

    private static VoteChoice Choice(int voter, int round) => (VoteChoice)((voter + round) % 3);

    private static TallyCounts Expected(int voters, int round) =>
        Enumerable.Range(0, voters).Aggregate(default(TallyCounts), (sum, i) => sum.Replace(null, Choice(i, round)));

    private static TallyCounts Counts(BallotTally tally) => new(tally.For, tally.Against, tally.Abstain);

    private async Task<string[]> JoinedMembers(string community, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"voter{i}").ToArray();
        await Task.WhenAll(ids.Select(id => fixture.Grains.GetGrain<IMemberGrain>(GrainKeys.Of(community, id))
            .Join(new Actor(community, id, Role.Member), new JoinCommunity(id, null, null))));
        return ids;
    }
}
