namespace CommunityGrains.Grains.Discussion;

[GenerateSerializer]
public sealed class MemberDiscussionState
{
    [Id(0)] public DateOnly Day { get; set; }

    /// <summary>Threads that earned points on <see cref="Day"/>, and the comment that earned them.</summary>
    [Id(1)] public Dictionary<string, string> EarnedBy { get; set; } = [];
}
