using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;

namespace CommunityGrains.Contracts.Notifications;

/// <summary>A notification as its cause raises it; the inbox writes its text in the community's language.</summary>
[GenerateSerializer, Immutable]
public sealed record NotificationDraft
{
    /// <summary>Names the cause, e.g. <c>feedback-assigned:{item}:{assignee}</c>: one inbox raises it at most once.</summary>
    [Id(0)] public required string Key { get; init; }
    [Id(1)] public required NotificationKind Kind { get; init; }
    [Id(2)] public ThreadSubject? Subject { get; init; }
    [Id(3)] public string? SubjectId { get; init; }

    /// <summary>What the text needs (a title, a status, a badge), see <see cref="NotificationTexts"/>.</summary>
    [Id(4)] public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
}
