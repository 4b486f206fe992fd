using CommunityGrains.Domain.Notifications;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindType() => Name = "NotificationKind";
}
