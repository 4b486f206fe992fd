using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.Trends;

public sealed class TrendFields : IQueryFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DayActivityType>>>>("communityTrends")
            .Description("MODERATOR: activity per day in the community's time zone for the period (default: last 30 days).")
            .Argument<DateGraphType>("from", "First day; the 30 days ending with `to` when omitted.")
            .Argument<DateGraphType>("to", "Last day (at most 92 days after `from`); today when omitted.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await c.Grains().Reference<ITrendsGrain>(c.Actor().CommunityId)
                .Days(c.Actor(), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to")));
    }
}
