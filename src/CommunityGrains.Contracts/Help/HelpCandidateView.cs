namespace CommunityGrains.Contracts.Help;

/// <param name="DistanceKm">Exact inside the index; rounded to 0.1 km before it leaves the directory.</param>
/// <param name="AuthorId">Public on the request itself; here so a new request can tell the authors it matches.</param>
/// <param name="AvailabilityOverlaps">Its windows meet the searcher's: ranked before those that do not.</param>
[GenerateSerializer, Immutable]
public sealed record HelpCandidateView(
    [property: Id(0)] string RequestId,
    [property: Id(1)] double DistanceKm,
    [property: Id(2)] IReadOnlyList<string> SharedTags,
    [property: Id(3)] double Score,
    [property: Id(4)] string AuthorId,
    [property: Id(5)] bool AvailabilityOverlaps = false);
