namespace CommunityGrains.Contracts.Polls;

/// <summary>Key: community/poll/shard. The ballots of the voters of one shard and their counts, written together.</summary>
public interface IPollBallotShardGrain : IGrainWithStringKey
{
    /// <summary>Sets the voter's choice (an option index) and returns once it is durable.</summary>
    Task<PollCast> Cast(string memberId, int option, int options);

    /// <summary>Remembers that the voter's points were given; stored with a later write.</summary>
    Task Awarded(string memberId);

    Task<PollShardCounts> Close();

    [Orleans.Concurrency.ReadOnly]
    Task<PollShardCounts> Counts();

    [Orleans.Concurrency.ReadOnly]
    Task<int?> ChoiceOf(string memberId);
}
