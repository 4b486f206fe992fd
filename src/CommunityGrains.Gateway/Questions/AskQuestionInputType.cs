using GraphQL.Types;

namespace CommunityGrains.Gateway.Questions;

public sealed class AskQuestionInput
{
    public string? Id { get; set; }
    public string EventId { get; set; } = "";
    public string Body { get; set; } = "";
    public bool Anonymous { get; set; }
}

public sealed class AskQuestionInputType : InputObjectGraphType<AskQuestionInput>
{
    public AskQuestionInputType()
    {
        Name = "AskQuestionInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<IdGraphType>>("eventId");
        Field<NonNullGraphType<StringGraphType>>("body");
        Field<BooleanGraphType>("anonymous").DefaultValue(false);
    }
}
