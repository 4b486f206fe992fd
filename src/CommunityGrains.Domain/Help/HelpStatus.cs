namespace CommunityGrains.Domain.Help;

public enum HelpStatus
{
    Open,
    Matched,
    Completed,
    Cancelled,
    Expired,
}
