using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Domain.Events;

namespace CommunityGrains.Contracts.Notifications;

/// <summary>
/// Who a fan-out tells. Each audience is read shard by shard (follower shards, roster shards, registration pages), so a
/// fan-out job stores its progress as a shard number and never holds the whole audience in one write.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FanOutAudience
{
    [Id(0)] public required FanOutAudienceKind Kind { get; init; }

    /// <summary>With <see cref="FanOutAudienceKind.Followers"/>.</summary>
    [Id(1)] public SubjectRef? Subject { get; init; }

    /// <summary>With <see cref="FanOutAudienceKind.EventRegistrants"/>.</summary>
    [Id(2)] public string? EventId { get; init; }

    /// <summary>With <see cref="FanOutAudienceKind.EventRegistrants"/>: the registrations told.</summary>
    [Id(3)] public IReadOnlyList<RegistrationStatus> Statuses { get; init; } = [];

    public static FanOutAudience FollowersOf(SubjectRef subject) => new() { Kind = FanOutAudienceKind.Followers, Subject = subject };

    public static FanOutAudience WholeCommunity { get; } = new() { Kind = FanOutAudienceKind.Community };

    public static FanOutAudience RegistrantsOf(string eventId, params RegistrationStatus[] statuses) =>
        new() { Kind = FanOutAudienceKind.EventRegistrants, EventId = eventId, Statuses = statuses };
}
