using CommunityGrains.Domain.Help;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpKindType : EnumerationGraphType<HelpKind>
{
    public HelpKindType() => Name = "HelpKind";
}

public sealed class HelpStatusType : EnumerationGraphType<HelpStatus>
{
    public HelpStatusType() => Name = "HelpStatus";
}
