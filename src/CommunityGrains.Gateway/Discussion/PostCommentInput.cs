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
        Description = "A comment to post under a thread; @memberId in the body mentions that member.";
        Field<IdGraphType>("id").Description("Client-chosen id; a retry returns the same comment and awards nothing twice.");
        Field<NonNullGraphType<ThreadSubjectType>>("subject").Description("What kind of thing the thread is under.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The id of the thing the thread is under.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("1..5000 characters.");
        Field<IdGraphType>("replyToId").Description("A comment of the same thread to answer; replies to replies attach to the first comment.");
    }
}
