namespace CommunityGrains.Contracts.Members;

public enum MemberSegment
{
    Newcomer,
    Regular,
    Expert,
}
