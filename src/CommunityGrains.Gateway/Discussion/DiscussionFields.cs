using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class DiscussionFields : IQueryFields, IMutationFields, ISubscriptionFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ThreadType>>("thread")
            .Description("The discussion under one thing the caller can see; NOT_FOUND otherwise.")
            .Argument<NonNullGraphType<ThreadSubjectType>>("subject", "The kind of thing discussed.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId", "The id of the thing discussed.")
            .ResolveAsync(async c =>
            {
                var subject = Subject(c, "subjectId");
                await Thread(c, subject).VisibleCount(c.Actor());
                return subject;
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CommentType>>("postComment")
            .Description("DISCUSSION points (the community's rule, 5 by default) at most once per thread per day and at most Community.discussionPointsPerDay times a day.")
            .Argument<NonNullGraphType<PostCommentInputType>>("input", "The comment.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PostCommentInput>("input");
                var thread = SubjectRef.Of(input.Subject, GatewayIds.Check(input.SubjectId, "input.subjectId"));
                var id = input.Id is null ? Guid.NewGuid().ToString("N") : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<ICommentGrain>(id, "input.id").Post(c.Actor(), new PostComment
                {
                    Thread = thread,
                    Body = input.Body,
                    ReplyToId = input.ReplyToId is null ? null : GatewayIds.Check(input.ReplyToId, "input.replyToId"),
                });
            });

        mutation.Field<NonNullGraphType<CommentType>>("editComment")
            .Description("Author only, within 15 minutes.")
            .Argument<NonNullGraphType<IdGraphType>>("commentId", "The comment to edit.")
            .Argument<NonNullGraphType<StringGraphType>>("body", "The new body, 1 to 5000 characters.")
            .ResolveAsync(async c => await Comment(c).Edit(c.Actor(), c.GetArgument<string>("body")));

        mutation.Field<NonNullGraphType<CommentType>>("hideComment")
            .Description("MODERATOR: hides with a reason; the author is told.")
            .Argument<NonNullGraphType<IdGraphType>>("commentId", "The comment to hide.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why, told to the author; 1 to 500 characters.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await Comment(c).Hide(c.Actor(), c.GetArgument<string>("reason")));

        mutation.Field<NonNullGraphType<CommentType>>("toggleReaction")
            .Description("One emoji of a small fixed set (👍 ❤️ 🎉 😂 😮 🙏); a second call takes it back.")
            .Argument<NonNullGraphType<IdGraphType>>("commentId", "The comment reacted to.")
            .Argument<NonNullGraphType<StringGraphType>>("emoji", "One of the fixed set of reactions.")
            .ResolveAsync(async c => await Comment(c).ToggleReaction(c.Actor(), c.GetArgument<string>("emoji")));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("followProposal")
            .Description("Follow (or, with follow: false, stop following) a proposal: its followers are told of each status change. Returns whether the caller now follows it.")
            .Argument<NonNullGraphType<IdGraphType>>("proposalId", "The proposal.")
            .Argument<BooleanGraphType>("follow", "True to follow, false to stop.", a => a.DefaultValue = true)
            .ResolveAsync(async c =>
            {
                var proposalId = GatewayIds.Check(c.GetArgument<string>("proposalId"), "proposalId");
                var actor = c.Actor();
                if (await c.Grain<IProposalGrain>(proposalId, "proposalId").Get(actor) is null)
                {
                    throw DomainException.NotFound($"Proposal '{proposalId}' does not exist.");
                }

                var subject = SubjectRef.Of(ThreadSubject.Proposal, proposalId);
                var follow = c.GetArgument<bool>("follow");
                await c.Grains().Reference<IFollowersGrain>(subject.FollowerShardKey(actor.CommunityId, subject.FollowerShardOf(actor.MemberId)))
                    .Set(actor.MemberId, follow);
                return follow;
            });
    }

    void ISubscriptionFields.AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<CommentType>>("threadComments")
            .Description("New, edited and hidden comments of one thread.")
            .Argument<NonNullGraphType<ThreadSubjectType>>("subject", "The kind of thing discussed.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId", "The id of the thing discussed.")
            .ResolveStreamAsync(async c =>
            {
                var subject = Subject(c, "subjectId");
                await Thread(c, subject).VisibleCount(c.Actor());
                return await c.Notifications<CommentView>(NotificationTopics.ThreadComments, subject.ThreadKey(c.Actor().CommunityId));
            });
    }

    private static SubjectRef Subject(IResolveFieldContext context, string field) =>
        SubjectRef.Of(context.GetArgument<ThreadSubject>("subject"), GatewayIds.Check(context.GetArgument<string>(field), field));

    private static IThreadGrain Thread(IResolveFieldContext context, SubjectRef subject) =>
        context.Grains().Reference<IThreadGrain>(subject.ThreadKey(context.Actor().CommunityId));

    private static ICommentGrain Comment(IResolveFieldContext context) =>
        context.Grain<ICommentGrain>(context.GetArgument<string>("commentId"), "commentId");
}
