using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <param name="OnBehalfOf">MODERATOR: the member whose feedback staff are typing in; the item is theirs.</param>
/// <param name="ForNobody">MODERATOR: onBehalfOf was given as null: an anonymous item that belongs to no one.</param>
[GenerateSerializer, Immutable]
public sealed record SubmitFeedback(
    [property: Id(0)] FeedbackChannel Channel,
    [property: Id(1)] string Body,
    [property: Id(2)] bool Anonymous,
    [property: Id(3)] string? EventId = null,
    [property: Id(4)] FeedbackKind? Kind = null,
    [property: Id(5)] string? Contact = null,
    [property: Id(6)] string? OnBehalfOf = null,
    [property: Id(7)] bool ForNobody = false);
