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
        Field<IdGraphType>("id").Description("Client-chosen id; a retry returns the same comment and awards nothing twice.");
        Field<NonNullGraphType<ThreadSubjectType>>("subject");
        Field<NonNullGraphType<IdGraphType>>("subjectId");
        Field<NonNullGraphType<StringGraphType>>("body");
        Field<IdGraphType>("replyToId");
    }
}
