namespace CommunityGrains.Domain.Incentives;

/// <param name="ReachedAt">When the member reached this score; earlier ranks higher on a tie.</param>
public sealed record RankedScore(string MemberId, double Score, DateTimeOffset ReachedAt);
