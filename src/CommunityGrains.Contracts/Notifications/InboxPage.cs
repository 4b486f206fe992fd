using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Notifications;

/// <summary>One page of an inbox, newest first, with the inbox's unread count.</summary>
[GenerateSerializer, Immutable]
public sealed record InboxPage
{
    [Id(0)] public required Page<NotificationView> Page { get; init; }
    [Id(1)] public required int Unread { get; init; }
}
