namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record FeedbackMatch([property: Id(0)] string Id, [property: Id(1)] double Score);
