namespace CommunityGrains.Host.Seed;

/// <param name="HistoryDays">Days of history before the last simulated day; 30 lets one group earn the 30-day certificate.</param>
public sealed record SeedOptions(string CommunityId, int Members, string TimeZone, int HistoryDays = 30)
{
    public const int MinMembers = 10;
    public const int MaxMembers = 100_000;

    /// <summary>How far back the seed's clock can reach: a community created earlier than this is not re-seeded.</summary>
    public static readonly TimeSpan Reach = TimeSpan.FromDays(45);
}
