using CommunityGrains.Contracts.Communities;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class IncentiveTierType : ObjectGraphType<TierView>
{
    public IncentiveTierType()
    {
        Name = "IncentiveTier";
        Description = "A level members reach by lifetime points.";
        Field(x => x.Name).Description("The tier's name.");
        Field(x => x.Level).Description("Position in the table, 1 for the lowest tier.");
        Field(x => x.MinLifetimePoints).Description("Lifetime points needed to reach it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("perks").Description("What members of this tier get.").Resolve(c => c.Source.Perks);
    }
}

public sealed class IncentiveTierInputType : InputObjectGraphType<IncentiveTierInput>
{
    public IncentiveTierInputType()
    {
        Name = "IncentiveTierInput";
        Description = "One tier of the table.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique name, 1..80 characters.");
        Field<NonNullGraphType<IntGraphType>>("minLifetimePoints").Description("Threshold; 0 for the first tier.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("perks").Description("What members of the tier get, each 1..200 characters.");
    }
}

public sealed class IncentiveTierInput
{
    public string Name { get; set; } = "";
    public int MinLifetimePoints { get; set; }
    public List<string>? Perks { get; set; }
}
