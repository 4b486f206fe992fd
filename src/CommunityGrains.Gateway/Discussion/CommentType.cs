using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class CommentType : ObjectGraphType<CommentView>
{
    public CommentType()
    {
        Name = "Comment";
        Description = "A comment in a thread, or a reply to one (one level deep).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the comment (the client id given to postComment, if any).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<MemberType>>("author").Description("The member who wrote it.").ResolveAsync(async c => await c.Grain<IMemberGrain>(c.Source.AuthorId).Card());
        Field(x => x.Body).Description("Hidden comments show body '' to everyone except moderators and the author.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("mentions")
            .Description("Mentioned members (written @memberId in the body).")
            .ResolveAsync(async c => (await Task.WhenAll(c.Source.MentionIds.Select(m => c.Grain<IMemberGrain>(m).Get()))).Where(m => m is not null).ToList());
        Field<CommentType>("replyTo").Description("The comment this one answers, one level deep.")
            .ResolveAsync(async c => c.Source.ReplyToId is { } id ? await c.Grain<ICommentGrain>(id).Get(c.Actor()) : null);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When it was posted.").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("editedAt").Description("When the author last edited it (within 15 minutes of posting); null when never edited.").Resolve(c => c.Source.EditedAt);
        Field(x => x.Hidden).Description("Hidden by a moderator: the body is '' to everyone except moderators and the author.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReactionCountType>>>>("reactions").Description("One count per emoji that has reactions.").Resolve(c => c.Source.Reactions);
    }
}
