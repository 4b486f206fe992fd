namespace CommunityGrains.Grains.Feedback;

[GenerateSerializer]
public sealed class ProposalEvidenceState
{
    /// <summary>Linked feedback ids, in the order they were linked.</summary>
    [Id(0)] public List<string> FeedbackIds { get; set; } = [];
}
