namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record FeedbackQueueSlice(
    [property: Id(0)] IReadOnlyList<FeedbackQueuePlace> Items,
    [property: Id(1)] int Matching);
