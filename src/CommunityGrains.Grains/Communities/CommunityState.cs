using CommunityGrains.Domain.Members;

namespace CommunityGrains.Grains.Communities;

[GenerateSerializer]
public sealed class CommunityState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string TimeZone { get; set; } = "UTC";
    [Id(3)] public Dictionary<PointAction, int> PointOverrides { get; set; } = [];
    [Id(4)] public List<StoredTier> Tiers { get; set; } = [];
    [Id(5)] public int FeedbackTargetDays { get; set; } = CommunityDefaults.FeedbackTargetDays;
    [Id(6)] public DateTimeOffset CreatedAt { get; set; }

    [Id(7)] public string Language { get; set; } = Domain.Common.CommunityLanguage.Default;
    [Id(8)] public int DiscussionPointsPerDay { get; set; } = Domain.Discussion.DiscussionAllowance.DefaultPerDay;

    // Feedback operations (issue 22) number from 220, apart from the fields other features add meanwhile.
    [Id(220)] public Dictionary<Domain.Feedback.FeedbackPriority, int> FeedbackDaysByPriority { get; set; } = [];
    [Id(221)] public double FeedbackAtRiskShare { get; set; } = Domain.Feedback.FeedbackDeadlines.DefaultAtRiskShare;
    [Id(222)] public double FeedbackResolutionTarget { get; set; } = Domain.Feedback.FeedbackDeadlines.DefaultResolutionTarget;

    /// <summary>Incentives' settings take [Id]s from 20, so the programmes' other settings never collide with them.</summary>
    [Id(20)] public int WelcomePoints { get; set; }

    /// <summary>Study groups' settings take [Id]s from 230.</summary>
    [Id(230)] public int CertificateDays { get; set; } = Domain.StudyGroups.StreakCalculator.DefaultCertificateDays;
}

[GenerateSerializer]
public sealed record StoredTier([property: Id(0)] string Name, [property: Id(1)] int MinLifetimePoints, [property: Id(2)] List<string> Perks);
