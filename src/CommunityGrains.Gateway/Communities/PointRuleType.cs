using CommunityGrains.Domain.Members;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class PointRuleType : ObjectGraphType<KeyValuePair<PointAction, int>>
{
    public PointRuleType()
    {
        Name = "PointRule";
        Description = "How many points one action earns in this community.";
        Field<NonNullGraphType<PointActionType>>("action").Description("The action.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("points").Description("Points earned each time.").Resolve(c => c.Source.Value);
    }
}

public sealed class PointActionType : EnumerationGraphType<PointAction>
{
    public PointActionType()
    {
        Name = "PointAction";
        Description = "What earns or spends points. REDEMPTION and ADJUSTMENT are set per event, not by a rule; DISCUSSION is not awarded yet.";
    }
}

public sealed class PointRuleInputType : InputObjectGraphType<PointRuleInput>
{
    public PointRuleInputType()
    {
        Name = "PointRuleInput";
        Description = "New points for one action.";
        Field<NonNullGraphType<PointActionType>>("action").Description("A rule-based action.");
        Field<NonNullGraphType<IntGraphType>>("points").Description("Points per occurrence, 0..100000.");
    }
}

public sealed class PointRuleInput
{
    public PointAction Action { get; set; }
    public int Points { get; set; }
}
