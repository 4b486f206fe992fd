using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

[GenerateSerializer, Immutable]
public sealed record SubmitFeedback(
    [property: Id(0)] FeedbackChannel Channel,
    [property: Id(1)] string Body,
    [property: Id(2)] bool Anonymous,
    [property: Id(3)] string? EventId = null);
