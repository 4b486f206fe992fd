namespace CommunityGrains.Contracts.Members;

/// <param name="Id">The client's id of the adjustment (or a new one): the dedupe key <c>adjust:{id}</c>.</param>
/// <param name="Points">-1000..1000, never 0.</param>
[GenerateSerializer, Immutable]
public sealed record AdjustPoints(
    [property: Id(0)] string Id,
    [property: Id(1)] int Points,
    [property: Id(2)] string Reason);
