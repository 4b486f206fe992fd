using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Communities;

[GenerateSerializer, Immutable]
public sealed record CommunityView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required string TimeZone { get; init; }
    [Id(3)] public required IReadOnlyDictionary<PointAction, int> PointOverrides { get; init; }
    [Id(4)] public required IReadOnlyList<TierView> Tiers { get; init; }
    [Id(5)] public required int FeedbackTargetDays { get; init; }
    [Id(6)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(7)] public required string Language { get; init; }
    [Id(8)] public required int DiscussionPointsPerDay { get; init; }

    /// <summary>Days to resolve by priority; priorities not listed take <see cref="FeedbackTargetDays"/>.</summary>
    [Id(220)] public required IReadOnlyDictionary<Domain.Feedback.FeedbackPriority, int> FeedbackDaysByPriority { get; init; }

    [Id(221)] public required double FeedbackAtRiskShare { get; init; }
    [Id(222)] public required double FeedbackResolutionTarget { get; init; }

    /// <summary>Points given once on joining (incentives; [Id]s from 20 so the programmes' other fields never collide).</summary>
    [Id(20)] public required int WelcomePoints { get; init; }

    /// <summary>Days in a row that earn the STREAK certificate (study groups; [Id]s from 230).</summary>
    [Id(230)] public required int CertificateDays { get; init; }

    public PointRules PointRules => new(PointOverrides);

    public IReadOnlyList<TierDefinition> TierDefinitions => Tiers.Select(t => t.ToDefinition()).ToList();
}
