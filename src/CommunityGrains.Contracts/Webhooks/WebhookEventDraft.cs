using CommunityGrains.Domain.Webhooks;

namespace CommunityGrains.Contracts.Webhooks;

/// <summary>One event as its cause raises it. <see cref="Id"/> is derived from the cause, so a resend is the same event.</summary>
[GenerateSerializer, Immutable]
public sealed record WebhookEventDraft
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required WebhookEvent Event { get; init; }
    [Id(2)] public required DateTimeOffset At { get; init; }

    /// <summary>Names the subject, e.g. feedbackId; never an anonymous author.</summary>
    [Id(3)] public required IReadOnlyDictionary<string, string> Data { get; init; }
}
