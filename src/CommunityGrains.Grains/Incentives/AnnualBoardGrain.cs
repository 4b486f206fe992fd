using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Incentives;

/// <summary>Stateless: the exact top N of a year is the merge of every shard's own top N.</summary>
[StatelessWorker]
public sealed class AnnualBoardGrain : Grain, IAnnualBoardGrain
{
    async Task<IReadOnlyList<LeaderboardEntryView>> IAnnualBoardGrain.Top(StarCategory category, int year, int first)
    {
        var communityId = this.Key().CommunityId;
        var shards = await ShardReads.All((int)IAnnualBoardShardGrain.Shards, shard => Shard(communityId, category, year, (uint)shard).Top(first));
        return shards.SelectMany(s => s)
            .Select(s => new RankedScore(s.MemberId, s.Score, s.ReachedAt))
            .Order(TopK.RankOrder.Instance)
            .Take(first)
            .Select((s, i) => new LeaderboardEntryView(i + 1, s.MemberId, s.Score))
            .ToList();
    }

    async Task<double?> IAnnualBoardGrain.ScoreOf(StarCategory category, int year, string memberId)
    {
        var shard = Shard(this.Key().CommunityId, category, year, ShardHash.Of(memberId) % IAnnualBoardShardGrain.Shards);
        return (await shard.ScoreOf(memberId))?.Score;
    }

    private IAnnualBoardShardGrain Shard(string communityId, StarCategory category, int year, uint shard) =>
        GrainFactory.Reference<IAnnualBoardShardGrain>(IncentiveKeys.AnnualBoardShard(communityId, category, year, shard));
}
