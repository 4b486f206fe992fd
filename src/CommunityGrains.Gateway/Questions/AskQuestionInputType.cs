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
        Description = "A question for an event's Q&A.";
        Field<IdGraphType>("id").Description("Client-chosen id; a retry with the same id returns the same question.");
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event the question is for.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("The question, at most 2000 characters.");
        Field<BooleanGraphType>("anonymous").Description("When true, the question is shown without its author.").DefaultValue(false);
    }
}
