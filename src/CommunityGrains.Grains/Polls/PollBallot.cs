namespace CommunityGrains.Grains.Polls;

[GenerateSerializer, Immutable]
public sealed record PollBallot
{
    [Id(0)] public required int Option { get; init; }

    /// <summary>The voter's POLL_VOTE points were confirmed by their member grain.</summary>
    [Id(1)] public bool Awarded { get; init; }
}
