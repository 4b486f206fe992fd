using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

[GenerateSerializer, Immutable]
public sealed record StarAwardView(
    [property: Id(0)] string Month,
    [property: Id(1)] StarCategory Category,
    [property: Id(2)] string MemberId,
    [property: Id(3)] double Score,
    [property: Id(4)] string? Citation,
    [property: Id(5)] string SelectedBy,
    [property: Id(6)] DateTimeOffset SelectedAt);
