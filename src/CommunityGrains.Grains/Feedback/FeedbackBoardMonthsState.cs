namespace CommunityGrains.Grains.Feedback;

[GenerateSerializer]
public sealed class FeedbackBoardMonthsState
{
    /// <summary>Month (yyyy-MM) to the number of items on its board: twelve small entries a year.</summary>
    [Id(0)] public Dictionary<string, int> Months { get; set; } = [];
}
