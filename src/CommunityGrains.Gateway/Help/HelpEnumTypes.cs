using CommunityGrains.Domain.Help;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpKindType : EnumerationGraphType<HelpKind>
{
    public HelpKindType()
    {
        Name = "HelpKind";
        Description = "NEED: the author asks for help. OFFER: the author offers it.";
    }
}

public sealed class HelpStatusType : EnumerationGraphType<HelpStatus>
{
    public HelpStatusType()
    {
        Name = "HelpStatus";
        Description = "OPEN (taking volunteers), MATCHED (a helper accepted), COMPLETED, CANCELLED by the author, or EXPIRED (still open at expiresAt).";
    }
}
