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
        Description = "Something that concerns the caller, raised once per cause.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id within the caller's inbox, for markNotificationsRead.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NotificationKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field(x => x.Text).Description("Human-readable, in the community's language.");
        Field<ThreadSubjectType>("subject").Description("What it is about, e.g. subject FEEDBACK and the item's id.").Resolve(c => c.Source.Subject);
        Field<IdGraphType>("subjectId").Description("The id of what it is about (a survey's id for SURVEY_INVITATION); null when nothing more specific.").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When it was raised.").Resolve(c => c.Source.At);
        Field(x => x.Read).Description("Marked read by markNotificationsRead.");
    }
}
