using CommunityGrains.Domain.Notifications;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindType()
    {
        Name = "NotificationKind";
        Description = "What a notification is about; COMMENT_HIDDEN and WAITLIST_PROMOTED add to the design's list.";
    }
}
