using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Communities;

/// <summary>Only the values given change; point rules are merged over the current ones.</summary>
[GenerateSerializer, Immutable]
public sealed record ConfigureCommunity(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? TimeZone,
    [property: Id(2)] IReadOnlyList<KeyValuePair<PointAction, int>>? PointRules,
    [property: Id(3)] int? FeedbackTargetDays,
    [property: Id(4)] string? Language = null,
    [property: Id(5)] int? DiscussionPointsPerDay = null,
    [property: Id(220)] IReadOnlyList<KeyValuePair<Domain.Feedback.FeedbackPriority, int>>? FeedbackDaysByPriority = null,
    [property: Id(221)] double? FeedbackAtRiskShare = null,
    [property: Id(222)] double? FeedbackResolutionTarget = null,
    [property: Id(20)] int? WelcomePoints = null,
    [property: Id(230)] int? CertificateDays = null);
