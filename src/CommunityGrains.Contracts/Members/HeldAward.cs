namespace CommunityGrains.Contracts.Members;

/// <summary>
/// Points or a score the member earns for something that must not be tied to them (anonymous feedback): held by the
/// member grain and credited only at <see cref="ReleaseAt"/> (the end of the community day it was earned), stamped
/// <see cref="StampAt"/> (the start of that day), among every other award held for that day. The ledger then shows
/// the day and nothing closer. Held and applied once per key.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record HeldAward
{
    [Id(0)] public PointAward? Award { get; init; }
    [Id(1)] public ScoreEvent? Score { get; init; }
    [Id(2)] public required DateTimeOffset ReleaseAt { get; init; }
    [Id(3)] public required DateTimeOffset StampAt { get; init; }

    public string Key => Award?.Key ?? "score:" + Score!.Key;
}
