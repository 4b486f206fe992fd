using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Grains.Proposals;

/// <summary>One shard of a proposal's electorate: about voters/shards entries, so a write never holds them all.</summary>
[GenerateSerializer]
public sealed class ProposalBallotState
{
    [Id(0)] public Dictionary<string, BallotEntry> Votes { get; set; } = [];
    [Id(1)] public int For { get; set; }
    [Id(2)] public int Against { get; set; }
    [Id(3)] public int Abstain { get; set; }

    /// <summary>Rises with every change of a vote; proposals keep the newest counts by it.</summary>
    [Id(4)] public long Version { get; set; }

    [Id(5)] public bool Closed { get; set; }

    /// <summary>Storage writes so far, kept to show how many votes each write carries.</summary>
    [Id(6)] public long Writes { get; set; }

    public TallyCounts Counts
    {
        get => new(For, Against, Abstain);
        set => (For, Against, Abstain) = (value.For, value.Against, value.Abstain);
    }
}

/// <param name="Awarded">The voter's VOTE points were acknowledged; until then every cast re-sends the award (deduped by key).</param>
[GenerateSerializer]
public sealed record BallotEntry([property: Id(0)] VoteChoice Choice, [property: Id(1)] bool Awarded);
