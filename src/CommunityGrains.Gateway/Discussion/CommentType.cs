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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<MemberType>>("author").ResolveAsync(async c => await c.Grain<IMemberGrain>(c.Source.AuthorId).Card());
        Field(x => x.Body).Description("Hidden comments show body '' to everyone except moderators and the author.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberType>>>>("mentions")
            .Description("Mentioned members (written @memberId in the body).")
            .ResolveAsync(async c => (await Task.WhenAll(c.Source.MentionIds.Select(m => c.Grain<IMemberGrain>(m).Get()))).Where(m => m is not null).ToList());
        Field<CommentType>("replyTo").Description("The comment this one answers, one level deep.")
            .ResolveAsync(async c => c.Source.ReplyToId is { } id ? await c.Grain<ICommentGrain>(id).Get(c.Actor()) : null);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<UtcDateTimeGraphType>("editedAt").Resolve(c => c.Source.EditedAt);
        Field(x => x.Hidden);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReactionCountType>>>>("reactions").Resolve(c => c.Source.Reactions);
    }
}
