using CommunityGrains.Domain.Discussion;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class PostCommentInput
{
    public string? Id { get; set; }
    public ThreadSubject Subject { get; set; }
    public string SubjectId { get; set; } = "";
    public string Body { get; set; } = "";
    public string? ReplyToId { get; set; }
}

public sealed class PostCommentInputType : InputObjectGraphType<PostCommentInput>
{
    public PostCommentInputType()
    {
        Name = "PostCommentInput";
        Description = "A new comment in a thread.";
        Field<IdGraphType>("id").Description("Client-chosen id; a retry returns the same comment and awards nothing twice.");
        Field<NonNullGraphType<ThreadSubjectType>>("subject").Description("The kind of thing the thread is under.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The id of the thing the thread is under.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("1 to 5000 characters; @memberId mentions a member.");
        Field<IdGraphType>("replyToId").Description("A top-level comment of the same thread this one answers.");
    }
}
