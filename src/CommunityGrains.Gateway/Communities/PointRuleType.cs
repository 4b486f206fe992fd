using CommunityGrains.Domain.Members;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class PointRuleType : ObjectGraphType<KeyValuePair<PointAction, int>>
{
    public PointRuleType()
    {
        Name = "PointRule";
        Field<NonNullGraphType<PointActionType>>("action").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => c.Source.Value);
    }
}

public sealed class PointActionType : EnumerationGraphType<PointAction>
{
    public PointActionType() => Name = "PointAction";
}

public sealed class PointRuleInputType : InputObjectGraphType<PointRuleInput>
{
    public PointRuleInputType()
    {
        Name = "PointRuleInput";
        Field<NonNullGraphType<PointActionType>>("action");
        Field<NonNullGraphType<IntGraphType>>("points");
    }
}

public sealed class PointRuleInput
{
    public PointAction Action { get; set; }
    public int Points { get; set; }
}
