namespace CommunityGrains.Contracts.Proposals;

[GenerateSerializer, Immutable]
public sealed record TallyView(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] int For,
    [property: Id(2)] int Against,
    [property: Id(3)] int Abstain)
{
    public int Total => For + Against + Abstain;
}
