using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Grains.Proposals;

/// <summary>Bounded: the screening list holds one score per moderator, the timeline one event per status change.</summary>
[GenerateSerializer]
public sealed class ProposalState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string AuthorId { get; set; } = "";
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public string Body { get; set; } = "";
    [Id(4)] public List<string> Tags { get; set; } = [];
    [Id(5)] public double? Budget { get; set; }
    [Id(6)] public ProposalStatus Status { get; set; }
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public DateTimeOffset? SubmittedAt { get; set; }
    [Id(9)] public List<ScreeningScoreView> Screening { get; set; } = [];
    [Id(10)] public DateTimeOffset? VotingOpensAt { get; set; }
    [Id(11)] public DateTimeOffset? VotingClosesAt { get; set; }
    [Id(12)] public ProposalDecision? Decision { get; set; }
    [Id(13)] public string? DecisionReason { get; set; }
    [Id(14)] public List<ProposalEventView> Timeline { get; set; } = [];

    /// <summary>
    /// Effects on other grains written down before they are sent, so a crash between the two is completed by the
    /// next access or a retried command. Receivers dedupe, so sending one twice is harmless.
    /// </summary>
    [Id(15)] public HashSet<ProposalEffect> PendingEffects { get; set; } = [];

    /// <summary>Notifications and webhook events of the last changes, sent with the effects (see Announcer).</summary>
    [Id(16)] public List<Contracts.Notifications.Announcement> Announcements { get; set; } = [];
}
