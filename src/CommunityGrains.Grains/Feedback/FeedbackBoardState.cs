namespace CommunityGrains.Grains.Feedback;

[GenerateSerializer]
public sealed class FeedbackBoardState
{
    /// <summary>Item id to when it was resolved.</summary>
    [Id(0)] public Dictionary<string, DateTimeOffset> Items { get; set; } = [];
}
