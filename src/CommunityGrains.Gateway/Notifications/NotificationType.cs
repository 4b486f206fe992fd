using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Gateway.Discussion;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationType : ObjectGraphType<NotificationView>
{
    public NotificationType()
    {
        Name = "Notification";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NotificationKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Text).Description("Human-readable, in the community's language.");
        Field<ThreadSubjectType>("subject").Description("What it is about, e.g. subject FEEDBACK and the item's id.").Resolve(c => c.Source.Subject);
        Field<IdGraphType>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
        Field(x => x.Read);
    }
}
