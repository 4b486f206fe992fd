using CommunityGrains.Domain.Notifications;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindType()
    {
        Name = "NotificationKind";
        Description = "Why a member was told something: mentions and replies, feedback, proposals, help, badges, stars, tiers, streaks, events and surveys.";
    }
}
