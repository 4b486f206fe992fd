using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class ThreadType : ObjectGraphType<SubjectRef>
{
    public ThreadType()
    {
        Name = "Thread";
        Description = "The discussion under one proposal, public feedback item, study group, help request or event.";
        Field<NonNullGraphType<ThreadSubjectType>>("subject").Description("The kind of thing discussed.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The id of the thing discussed.").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<ConnectionType<CommentType, CommentView>>>("comments")
            .Description("The comments in posting order, replies included.")
            .Argument<StringGraphType>("after", "The endCursor of the previous page; the first page when omitted.")
            .Argument<IntGraphType>("first", "Page size, 1..100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var after = c.GetArgument<string?>("after");
                long? afterSequence = after is null ? null : Cursor.DecodeNumber(CommentView.CursorKind, after);
                return await Thread(c).Comments(c.Actor(), first, afterSequence);
            });
        Field<NonNullGraphType<IntGraphType>>("commentCount").Description("Comments not hidden.")
            .ResolveAsync(async c => await Thread(c).VisibleCount(c.Actor()));
    }

    private static IThreadGrain Thread(IResolveFieldContext<SubjectRef> context) =>
        context.Grains().Reference<IThreadGrain>(context.Source.ThreadKey(context.Actor().CommunityId));
}
