namespace CommunityGrains.Contracts.Discussion;

/// <summary>Key: community/member. Decides whether a comment earns DISCUSSION points and awards them once per comment.</summary>
public interface IMemberDiscussionGrain : IGrainWithStringKey
{
    /// <summary>True when this comment earned points (also when asked again for the same comment).</summary>
    Task<bool> Commented(SubjectRef thread, string commentId, DateTimeOffset at);
}
