namespace CommunityGrains.Contracts.Communities;

/// <summary>A member's first check-ins on one community day (see <c>DailyCheckIns</c>).</summary>
[GenerateSerializer, Immutable]
public sealed record DayCheckIns([property: Id(0)] DateOnly Day, [property: Id(1)] int Count);
