using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record FeedbackReportView
{
    [Id(0)] public required DateTimeOffset From { get; init; }
    [Id(1)] public required DateTimeOffset To { get; init; }
    [Id(2)] public required int Submitted { get; init; }
    [Id(3)] public required IReadOnlyList<KeyValuePair<FeedbackCategory, int>> ByCategory { get; init; }
    [Id(4)] public required IReadOnlyList<KeyValuePair<FeedbackChannel, int>> ByChannel { get; init; }
    [Id(5)] public required IReadOnlyList<KeyValuePair<FeedbackKind, int>> ByKind { get; init; }
    [Id(6)] public required IReadOnlyList<KeyValuePair<DateOnly, int>> Daily { get; init; }
    [Id(7)] public required double? MedianFirstResponseHours { get; init; }
    [Id(8)] public required double? ResolvedWithinTarget { get; init; }
    [Id(9)] public required double ResolutionTarget { get; init; }
    [Id(10)] public required double? Forecast { get; init; }
    [Id(11)] public required int AtRisk { get; init; }
    [Id(12)] public required int Overdue { get; init; }
    [Id(13)] public required double? ClassificationAgreement { get; init; }

    /// <summary>Ids of triaged items whose category was changed, newest first.</summary>
    [Id(14)] public required IReadOnlyList<string> CorrectionIds { get; init; }
}
