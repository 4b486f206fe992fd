using CommunityGrains.Contracts.Communities;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class CommunityType : ObjectGraphType<CommunityView>
{
    public CommunityType()
    {
        Name = "Community";
        Description = "A community programme: its settings, point rules, tiers and figures.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The community id, as in tokens.").Resolve(c => c.Source.Id);
        Field(x => x.Name).Description("Display name.");
        Field(x => x.TimeZone).Description("IANA name; days and months are counted in it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PointRuleType>>>>("pointRules").Description("Points each action earns.").Resolve(c => c.Source.PointRules.All());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveTierType>>>>("tiers").Description("Incentive tiers, lowest first.").Resolve(c => c.Source.Tiers);
        Field<NonNullGraphType<CommunityStatsType>>("stats").Description("Current figures.").Resolve(c => new CommunityStatsSource(c.Source.Id));
        Field(x => x.FeedbackTargetDays).Description("Days within which feedback should be resolved (default 30).");
        Field(x => x.Language).Description("'en' or 'zh': the language of notifications and other texts the system writes (default 'en').");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorityDaysType>>>>("feedbackTargetDaysByPriority")
            .Description("Days to resolve feedback by priority; priorities not listed take feedbackTargetDays.")
            .Resolve(c => c.Source.FeedbackDaysByPriority.OrderBy(p => p.Key).ToList());
        Field(x => x.FeedbackAtRiskShare).Description("Share of the time allowed after which an open feedback item is AT_RISK (default 0.8).");
        Field(x => x.FeedbackResolutionTarget).Description("Target share of feedback resolved within the time allowed (default 0.70).");
        Field(x => x.DiscussionPointsPerDay).Description("How many comments a day earn DISCUSSION points (default 3).");
        Field(x => x.WelcomePoints).Description("Points given once on joinCommunity (default 0).");
        Field(x => x.CertificateDays).Description("Days in a row in one study group that earn the STREAK certificate (default 30).");
    }
}
