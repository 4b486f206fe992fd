namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record FeedbackStatsView(
    [property: Id(0)] double ResolvedOnTimeRate,
    [property: Id(1)] int Overdue);
