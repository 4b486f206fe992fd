using GraphQL.Types;

namespace CommunityGrains.Gateway.Polls;

public sealed class CreatePollInput
{
    public string? Id { get; set; }
    public string EventId { get; set; } = "";
    public string Question { get; set; } = "";
    public List<PollOptionInput> Options { get; set; } = [];
}

public sealed class CreatePollInputType : InputObjectGraphType<CreatePollInput>
{
    public CreatePollInputType()
    {
        Name = "CreatePollInput";
        Description = "A new poll, created as a DRAFT.";
        Field<IdGraphType>("id").Description("Client-chosen id; a retry with the same id and input returns the same poll.");
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event the poll belongs to.");
        Field<NonNullGraphType<StringGraphType>>("question").Description("What is asked, at most 200 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PollOptionInputType>>>>("options").Description("The choices, 2..20.");
    }
}

public sealed class PollOptionInput
{
    public string? Label { get; set; }
    public string? FeedbackId { get; set; }
    public string? ProposalId { get; set; }
}

public sealed class PollOptionInputType : InputObjectGraphType<PollOptionInput>
{
    public PollOptionInputType()
    {
        Name = "PollOptionInput";
        Description = "Exactly one of label, feedbackId or proposalId; a feedback or proposal option takes its label from it.";
        Field<StringGraphType>("label").Description("The option's text, at most 200 characters.");
        Field<IdGraphType>("feedbackId").Description("A feedback item the option stands for.");
        Field<IdGraphType>("proposalId").Description("A proposal the option stands for.");
    }
}
