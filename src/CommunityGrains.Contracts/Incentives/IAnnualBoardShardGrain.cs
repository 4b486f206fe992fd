namespace CommunityGrains.Contracts.Incentives;

/// <summary>
/// Key: community/annual/CATEGORY/yyyy/shard, 256 shards by member id. The yearly total of every member of one
/// shard, so the annual board is exact for every member (not built from monthly top-K): its top N is the merge of
/// each shard's top N. One write holds about members/256 scores, and concurrent pushes share it (group commit).
/// </summary>
public interface IAnnualBoardShardGrain : IGrainWithStringKey
{
    public const uint Shards = 256;

    /// <summary>Sets the member's total; an equal total changes nothing.</summary>
    Task Push(AnnualScore score);

    /// <summary>Forgets a member who left.</summary>
    Task Remove(string memberId);

    /// <summary>The shard's best <paramref name="first"/>, best first (higher score, then earlier, then member id).</summary>
    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<AnnualScore>> Top(int first);

    [Orleans.Concurrency.ReadOnly, Orleans.Concurrency.AlwaysInterleave]
    Task<AnnualScore?> ScoreOf(string memberId);
}
