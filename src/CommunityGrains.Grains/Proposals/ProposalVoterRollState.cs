using CommunityGrains.Contracts.Proposals;

namespace CommunityGrains.Grains.Proposals;

/// <summary>About voters/shards entries: written once per journal move, not once per vote.</summary>
[GenerateSerializer]
public sealed class ProposalVoterRollState
{
    [Id(0)] public Dictionary<string, RolledVote> Votes { get; set; } = [];

    /// <summary>Storage writes so far, kept to show how many votes each journal move carries.</summary>
    [Id(1)] public long Writes { get; set; }
}
