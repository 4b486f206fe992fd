using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Notifications;

public sealed class NotificationFields : IQueryFields, IMutationFields, ISubscriptionFields
{
    private const int MaxIds = 500;

    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NotificationConnectionType>>("notifications")
            .Description("The caller's inbox, newest first.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .Argument<BooleanGraphType>("unreadOnly", "Only the unread ones.", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var after = c.GetArgument<string?>("after");
                long? before = after is null ? null : Cursor.DecodeNumber(NotificationView.CursorKind, after);
                return await Inbox(c).Page(first, before, c.GetArgument<bool>("unreadOnly"));
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<NotificationConnectionType>>("markNotificationsRead")
            .Description("Marks the given notifications (ids not in the inbox are ignored) or all of them as read; returns the first page of the inbox.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", "Notifications to mark read; unknown ids are ignored.")
            .Argument<BooleanGraphType>("all", "Marks every notification read.", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>?>("ids") ?? [];
                var all = c.GetArgument<bool>("all");
                if (ids.Count > MaxIds)
                {
                    throw DomainException.BadInput($"ids: must have at most {MaxIds} entries.");
                }

                if (ids.Count == 0 && !all)
                {
                    throw DomainException.BadInput("ids: give the ids to mark, or all: true.");
                }

                return await Inbox(c).MarkRead(ids, all, 20);
            });
    }

    void ISubscriptionFields.AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<NotificationType>>("myNotifications")
            .Description("The caller's new notifications, as they arrive.")
            .ResolveStreamAsync(c => c.Notifications<NotificationView>(NotificationTopics.MemberNotifications, GrainKeys.Of(c.Actor().CommunityId, c.Actor().MemberId)));
    }

    private static IMemberInboxGrain Inbox(IResolveFieldContext context) =>
        context.Grains().Reference<IMemberInboxGrain>(GrainKeys.Of(context.Actor().CommunityId, context.Actor().MemberId));
}
