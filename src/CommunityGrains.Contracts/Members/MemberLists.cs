namespace CommunityGrains.Contracts.Members;

/// <summary>The lists a member has (the last part of a <see cref="IMemberListGrain"/> key).</summary>
public static class MemberLists
{
    /// <summary>Comments posted.</summary>
    public const string Comments = "comments";

    /// <summary>Feedback items given under the member's name; anonymous items are never listed.</summary>
    public const string Feedback = "feedback";

    /// <summary>Help requests the member volunteered for.</summary>
    public const string Volunteered = "volunteered";

    public static string Key(string communityId, string memberId, string list) => Common.GrainKeys.Of(communityId, memberId, list);
}
