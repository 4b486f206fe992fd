namespace CommunityGrains.Contracts.Members;

/// <summary>Append only: stored by number.</summary>
public enum MemberSegment
{
    Newcomer = 0,
    Regular = 1,
    Expert = 2,
}
