using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Contracts.Feedback;

/// <summary>A <see cref="FeedbackQueueOrder"/> as it travels between grains.</summary>
[GenerateSerializer, Immutable]
public sealed record FeedbackQueuePlace(
    [property: Id(0)] long Primary,
    [property: Id(1)] long Secondary,
    [property: Id(2)] string Id)
{
    public FeedbackQueueOrder Order => new(Primary, Secondary, Id);

    public static FeedbackQueuePlace Of(FeedbackQueueOrder order) => new(order.Primary, order.Secondary, order.Id);
}
