namespace CommunityGrains.Grains.Incentives;

[GenerateSerializer]
public sealed class LeaderboardState
{
    /// <summary>The top K, best first.</summary>
    [Id(0)] public List<StoredScore> Entries { get; set; } = [];

    /// <summary>
    /// Members counted active this month. A count, not a set, so the write stays small: each member pushes its
    /// first positive total of the month flagged once (remembered in the member's state).
    /// </summary>
    [Id(1)] public int ActiveMembers { get; set; }
}

[GenerateSerializer]
public sealed record StoredScore([property: Id(0)] string MemberId, [property: Id(1)] double Score, [property: Id(2)] DateTimeOffset ReachedAt);
