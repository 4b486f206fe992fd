namespace CommunityGrains.Contracts.Polls;

[GenerateSerializer, Immutable]
public sealed record PollCast
{
    [Id(0)] public required PollShardCounts Counts { get; init; }

    /// <summary>The voter's POLL_VOTE points have not been confirmed yet.</summary>
    [Id(1)] public required bool AwardDue { get; init; }
}
