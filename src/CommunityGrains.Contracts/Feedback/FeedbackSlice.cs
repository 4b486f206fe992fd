namespace CommunityGrains.Contracts.Feedback;

/// <summary>One month's part of a listing: the first matching ids after the cursor, and how many match in all.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedbackSlice(
    [property: Id(0)] IReadOnlyList<FeedbackListed> Items,
    [property: Id(1)] int Matching);

/// <param name="At">The instant the listing is ordered by (submitted, or resolved for the board).</param>
[GenerateSerializer, Immutable]
public sealed record FeedbackListed(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At);
