using CommunityGrains.Contracts.Feedback;

namespace CommunityGrains.Grains.Feedback;

[GenerateSerializer]
public sealed class FeedbackQueueState
{
    [Id(0)] public Dictionary<string, FeedbackSummary> Items { get; set; } = [];
}
