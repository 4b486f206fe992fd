using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Events;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackType : ObjectGraphType<FeedbackView>
{
    public FeedbackType()
    {
        Name = "Feedback";
        Description = "A piece of feedback from a member, and how it was handled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the item.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<FeedbackChannelType>>("channel").Description("Where it came in.").Resolve(c => c.Source.Channel);
        Field(x => x.Body).Description("The feedback text.");
        Field<MemberType>("author")
            .Description("Null for anonymous feedback, for everyone.")
            .ResolveAsync(async c => await c.MemberOrNull(c.Source.AuthorId));
        Field<NonNullGraphType<FeedbackCategoryType>>("suggestedCategory")
            .Description("What the system guessed from the text, before a person triaged it.")
            .Resolve(c => c.Source.SuggestedCategory);
        Field<FeedbackCategoryType>("category").Description("The category a moderator decided; null before triage.").Resolve(c => c.Source.Category);
        Field<FeedbackPriorityType>("priority").Description("The priority a moderator decided; null before triage.").Resolve(c => c.Source.Priority);
        Field<MemberType>("assignee").Description("Who handles it; null when no one is assigned.").ResolveAsync(async c => await c.MemberOrNull(c.Source.AssigneeId));
        Field<NonNullGraphType<FeedbackStatusType>>("status").Description("Where the item is in its handling.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When it was submitted.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("dueAt")
            .Description("createdAt + the community's resolution target (default 30 days).")
            .Resolve(c => c.Source.DueAt);
        Field(x => x.Overdue).Description("Not yet RESOLVED or CLOSED, and past dueAt.");
        Field(x => x.Reply, nullable: true).Description("The latest reply to the author; null before the first.");
        Field(x => x.Resolution, nullable: true).Description("What was changed; null before it is resolved.");
        Field<UtcDateTimeGraphType>("resolvedAt").Description("When it was resolved; null before.").Resolve(c => c.Source.ResolvedAt);
        Field(x => x.Public).Description("Resolved and shown on the public board.");
        Field(x => x.CloseReason, nullable: true).Description("Why a moderator closed the item without resolving it.");
        Field<EventType>("event")
            .Description("The event the item was collected at.")
            .ResolveAsync(async c => c.Source.EventId is { } id ? await c.Grain<IEventGrain>(id).Get(c.Actor()) : null);
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Description("The discussion thread of this item.").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.Feedback, c.Source.Id));
    }
}
