namespace CommunityGrains.Contracts.Common;

/// <summary>Ordered so that a higher role includes every right of a lower one.</summary>
public enum Role
{
    Member = 0,
    Moderator = 1,
    Admin = 2,
}
