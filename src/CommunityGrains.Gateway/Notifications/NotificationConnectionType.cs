using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationConnectionType : ObjectGraphType<InboxPage>
{
    public NotificationConnectionType()
    {
        Name = "NotificationConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("nodes").Resolve(c => c.Source.Page.Items.Select(i => i.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.Page.TotalCount);
        Field<NonNullGraphType<IntGraphType>>("unread").Resolve(c => c.Source.Unread);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Resolve(c => new PageInfo(c.Source.Page.HasNextPage, c.Source.Page.Items.Count == 0 ? null : c.Source.Page.Items[^1].Cursor));
    }
}
