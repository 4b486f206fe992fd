namespace CommunityGrains.Domain.Help;

/// <summary>Append only: stored by number.</summary>
public enum HelpStatus
{
    Open = 0,
    Matched = 1,
    Completed = 2,
    Cancelled = 3,
    Expired = 4,
}
