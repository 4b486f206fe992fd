using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// Bounded whatever the electorate: the counts and the journal of changes not yet moved to the voter rolls
/// (see <see cref="BallotJournal"/>). A voter's vote is the journal's entry if there is one, else the roll's.
/// </summary>
[GenerateSerializer]
public sealed class ProposalBallotBoxState
{
    [Id(0)] public int For { get; set; }
    [Id(1)] public int Against { get; set; }
    [Id(2)] public int Abstain { get; set; }

    /// <summary>Rises with every change of a vote; the proposal keeps the newest counts by it.</summary>
    [Id(3)] public long Version { get; set; }

    [Id(4)] public bool Closed { get; set; }

    /// <summary>Storage writes so far, kept to show how many votes each write carries.</summary>
    [Id(5)] public long Writes { get; set; }

    [Id(6)] public Dictionary<string, RolledVote> Journal { get; set; } = [];

    /// <summary>Set in the write that precedes the first journal move: until then the rolls are empty and not read.</summary>
    [Id(7)] public bool Rolled { get; set; }
}
