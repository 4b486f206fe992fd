namespace CommunityGrains.Domain.Proposals;

/// <summary>What someone asks of a proposal; <see cref="ProposalLifecycle"/> says where each leads.</summary>
public enum ProposalCommand
{
    Edit,
    Submit,
    Score,
    OpenVoting,
    Vote,
    CloseVoting,
    Decide,
    UpdateImplementation,
    Withdraw,
}
