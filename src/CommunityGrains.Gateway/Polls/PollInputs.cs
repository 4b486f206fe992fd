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
        Field<IdGraphType>("id");
        Field<NonNullGraphType<IdGraphType>>("eventId");
        Field<NonNullGraphType<StringGraphType>>("question");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PollOptionInputType>>>>("options");
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
        Field<StringGraphType>("label");
        Field<IdGraphType>("feedbackId");
        Field<IdGraphType>("proposalId");
    }
}
