namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>The study groups the member belongs to or mentors, in the order joined.</summary>
    [Id(50)] public List<string> StudyGroupIds { get; set; } = [];
}
