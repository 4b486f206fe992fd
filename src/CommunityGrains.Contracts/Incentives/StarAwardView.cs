using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Contracts.Incentives;

[GenerateSerializer, Immutable]
public sealed record StarAwardView
{
    [Id(0)] public required string Month { get; init; }
    [Id(1)] public required StarCategory Category { get; init; }
    [Id(2)] public required string MemberId { get; init; }
    [Id(3)] public required double Score { get; init; }
    [Id(4)] public required string? Citation { get; init; }
    [Id(5)] public required string SelectedBy { get; init; }
    [Id(6)] public required DateTimeOffset SelectedAt { get; init; }
}
