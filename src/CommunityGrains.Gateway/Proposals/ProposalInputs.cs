using CommunityGrains.Domain.Proposals;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Proposals;

public sealed class SaveProposalDraftInput
{
    public string? Id { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public List<string>? Tags { get; set; }
    public double? Budget { get; set; }
}

public sealed class SaveProposalDraftInputType : InputObjectGraphType<SaveProposalDraftInput>
{
    public SaveProposalDraftInputType()
    {
        Name = "SaveProposalDraftInput";
        Description = "The content of a proposal draft; saving again replaces it.";
        Field<IdGraphType>("id").Description("The draft to update; omit to create a new draft (its id is returned).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("1..200 characters.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("1..5000 characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Up to 10 tags, each at most 32 characters.");
        Field<FloatGraphType>("budget").Description("Estimated cost, a non-negative amount; optional.");
    }
}

public sealed class ScoreProposalInput
{
    public string ProposalId { get; set; } = "";
    public int Feasibility { get; set; }
    public int Innovation { get; set; }
    public int Value { get; set; }
    public string? Comment { get; set; }
}

public sealed class ScoreProposalInputType : InputObjectGraphType<ScoreProposalInput>
{
    public ScoreProposalInputType()
    {
        Name = "ScoreProposalInput";
        Description = "A moderator's screening scores, each 1..5.";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("The proposal.");
        Field<NonNullGraphType<IntGraphType>>("feasibility").Description("1..5.");
        Field<NonNullGraphType<IntGraphType>>("innovation").Description("1..5.");
        Field<NonNullGraphType<IntGraphType>>("value").Description("1..5.");
        Field<StringGraphType>("comment").Description("Optional, at most 2000 characters.");
    }
}

public sealed class OpenVotingInput
{
    public string ProposalId { get; set; } = "";
    public DateTimeOffset ClosesAt { get; set; }
}

public sealed class OpenVotingInputType : InputObjectGraphType<OpenVotingInput>
{
    public OpenVotingInputType()
    {
        Name = "OpenVotingInput";
        Description = "Opens voting on a proposal.";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("The proposal.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("closesAt").Description("When voting ends by itself; must be in the future.");
    }
}

public sealed class CastVoteInput
{
    public string ProposalId { get; set; } = "";
    public VoteChoice Choice { get; set; }
}

public sealed class CastVoteInputType : InputObjectGraphType<CastVoteInput>
{
    public CastVoteInputType()
    {
        Name = "CastVoteInput";
        Description = "A vote on a proposal.";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("The proposal.");
        Field<NonNullGraphType<VoteChoiceType>>("choice").Description("FOR, AGAINST or ABSTAIN.");
    }
}

public sealed class DecideProposalInput
{
    public string ProposalId { get; set; } = "";
    public ProposalDecision Decision { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class DecideProposalInputType : InputObjectGraphType<DecideProposalInput>
{
    public DecideProposalInputType()
    {
        Name = "DecideProposalInput";
        Description = "A moderator's decision on a proposal in REVIEW.";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("The proposal.");
        Field<NonNullGraphType<DecisionType>>("decision").Description("ADOPTED or REJECTED.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why; 1..2000 characters, shown on the proposal.");
    }
}

public sealed class UpdateImplementationInput
{
    public string ProposalId { get; set; } = "";
    public ProposalStatus Status { get; set; }
    public string Note { get; set; } = "";
}

public sealed class UpdateImplementationInputType : InputObjectGraphType<UpdateImplementationInput>
{
    public UpdateImplementationInputType()
    {
        Name = "UpdateImplementationInput";
        Description = "Progress of an adopted proposal.";
        Field<NonNullGraphType<IdGraphType>>("proposalId").Description("The proposal.");
        Field<NonNullGraphType<ProposalStatusType>>("status").Description("IMPLEMENTING or IMPLEMENTED.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("What was done; 1..2000 characters.");
    }
}
