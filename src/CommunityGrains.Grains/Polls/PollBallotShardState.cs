namespace CommunityGrains.Grains.Polls;

/// <summary>The ballots of one shard's voters and their counts per option, so both are always written together.</summary>
[GenerateSerializer]
public sealed class PollBallotShardState
{
    [Id(0)] public Dictionary<string, PollBallot> Ballots { get; set; } = [];
    [Id(1)] public List<int> Votes { get; set; } = [];

    /// <summary>Rises with every change of a ballot; the poll keeps the newest counts by it.</summary>
    [Id(2)] public long Version { get; set; }

    [Id(3)] public bool Closed { get; set; }
}
