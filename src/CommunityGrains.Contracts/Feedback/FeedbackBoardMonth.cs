namespace CommunityGrains.Contracts.Feedback;

/// <summary>A month (yyyy-MM, UTC) of the public board and how many items were resolved publicly in it.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedbackBoardMonth([property: Id(0)] string Month, [property: Id(1)] int Count);
