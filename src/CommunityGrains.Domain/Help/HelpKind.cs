namespace CommunityGrains.Domain.Help;

/// <summary>Append only: stored by number.</summary>
public enum HelpKind
{
    Need = 0,
    Offer = 1,
}
