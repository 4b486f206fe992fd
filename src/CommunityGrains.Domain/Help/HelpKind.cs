namespace CommunityGrains.Domain.Help;

public enum HelpKind
{
    Need,
    Offer,
}
