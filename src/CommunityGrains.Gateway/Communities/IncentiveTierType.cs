using CommunityGrains.Contracts.Communities;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class IncentiveTierType : ObjectGraphType<TierView>
{
    public IncentiveTierType()
    {
        Name = "IncentiveTier";
        Field(x => x.Name);
        Field(x => x.Level);
        Field(x => x.MinLifetimePoints);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("perks").Resolve(c => c.Source.Perks);
    }
}

public sealed class IncentiveTierInputType : InputObjectGraphType<IncentiveTierInput>
{
    public IncentiveTierInputType()
    {
        Name = "IncentiveTierInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<IntGraphType>>("minLifetimePoints");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("perks");
    }
}

public sealed class IncentiveTierInput
{
    public string Name { get; set; } = "";
    public int MinLifetimePoints { get; set; }
    public List<string>? Perks { get; set; }
}
