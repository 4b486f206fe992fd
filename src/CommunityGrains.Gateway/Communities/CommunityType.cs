using CommunityGrains.Contracts.Communities;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class CommunityType : ObjectGraphType<CommunityView>
{
    public CommunityType()
    {
        Name = "Community";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.TimeZone).Description("IANA name; days and months are counted in it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PointRuleType>>>>("pointRules").Resolve(c => c.Source.PointRules.All());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierType>>>>("tiers").Resolve(c => c.Source.Tiers);
        Field<NonNullGraphType<CommunityStatsType>>("stats").Resolve(c => new CommunityStatsSource(c.Source.Id));
        Field(x => x.FeedbackTargetDays).Description("Days within which feedback should be resolved (default 30).");
        Field(x => x.Language).Description("'en' or 'zh': the language of notifications and other texts the system writes (default 'en').");
        Field(x => x.DiscussionPointsPerDay).Description("How many comments a day earn DISCUSSION points (default 3).");
    }
}
