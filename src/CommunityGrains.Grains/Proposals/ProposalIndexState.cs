using CommunityGrains.Contracts.Proposals;

namespace CommunityGrains.Grains.Proposals;

[GenerateSerializer]
public sealed class ProposalIndexState
{
    [Id(0)] public Dictionary<string, ProposalIndexEntry> Entries { get; set; } = [];
}
