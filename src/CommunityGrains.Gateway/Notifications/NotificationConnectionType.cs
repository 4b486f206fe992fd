using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationConnectionType : ObjectGraphType<InboxPage>
{
    public NotificationConnectionType()
    {
        Name = "NotificationConnection";
        Description = "One page of the caller's inbox, newest first; the newest 500 notifications are kept.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("nodes").Description("The notifications of this page.").Resolve(c => c.Source.Page.Items.Select(i => i.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Notifications matching the filter.").Resolve(c => c.Source.Page.TotalCount);
        Field<NonNullGraphType<IntGraphType>>("unread").Description("Unread notifications in the inbox.").Resolve(c => c.Source.Unread);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page ends.")
            .Resolve(c => new PageInfo(c.Source.Page.HasNextPage, c.Source.Page.Items.Count == 0 ? null : c.Source.Page.Items[^1].Cursor));
    }
}
