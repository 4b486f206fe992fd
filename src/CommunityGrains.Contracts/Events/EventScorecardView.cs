namespace CommunityGrains.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record EventScorecardView
{
    [Id(0)] public required int ValidFeedback { get; init; }
    [Id(1)] public double? ClassificationAgreement { get; init; }
    [Id(2)] public double? ResolvedWithinTarget { get; init; }
    [Id(3)] public double? NpsBefore { get; init; }
    [Id(4)] public double? NpsAfter { get; init; }
    [Id(5)] public double? NpsChange { get; init; }
    [Id(6)] public required int Attended { get; init; }
    [Id(7)] public required int EngagedAttendees { get; init; }
}
