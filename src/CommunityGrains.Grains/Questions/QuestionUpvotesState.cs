namespace CommunityGrains.Grains.Questions;

[GenerateSerializer]
public sealed class QuestionUpvotesState
{
    /// <summary>About a sixteenth of the event's attendees at most.</summary>
    [Id(0)] public HashSet<string> Upvoters { get; set; } = [];
}
