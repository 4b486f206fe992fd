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
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("body");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field<FloatGraphType>("budget");
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
        Field<NonNullGraphType<IdGraphType>>("proposalId");
        Field<NonNullGraphType<IntGraphType>>("feasibility");
        Field<NonNullGraphType<IntGraphType>>("innovation");
        Field<NonNullGraphType<IntGraphType>>("value");
        Field<StringGraphType>("comment");
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
        Field<NonNullGraphType<IdGraphType>>("proposalId");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("closesAt");
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
        Field<NonNullGraphType<IdGraphType>>("proposalId");
        Field<NonNullGraphType<VoteChoiceType>>("choice");
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
        Field<NonNullGraphType<IdGraphType>>("proposalId");
        Field<NonNullGraphType<DecisionType>>("decision");
        Field<NonNullGraphType<StringGraphType>>("reason");
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
        Field<NonNullGraphType<IdGraphType>>("proposalId");
        Field<NonNullGraphType<ProposalStatusType>>("status");
        Field<NonNullGraphType<StringGraphType>>("note");
    }
}
