using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Execution;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Incentives;

/// <summary>Month arguments: validated to "YYYY-MM" before they become part of a grain key; defaults in the community's zone.</summary>
public static class IncentiveMonths
{
    public static async Task<string> OrCurrent(IResolveFieldContext context, string? month, string communityId) =>
        month is null ? await Current(context, communityId) : StarRules.Month(month);

    /// <summary>Stars are chosen after a month ends, so the month that last ended is the useful default.</summary>
    public static async Task<string> OrLastEnded(IResolveFieldContext context, string? month, string communityId) =>
        month is null
            ? CommunityCalendar.FormatMonth(CommunityCalendar.ParseMonth(await Current(context, communityId)).AddMonths(-1))
            : StarRules.Month(month);

    public static async Task<string> Current(IResolveFieldContext context, string communityId)
    {
        var community = await context.Grains().Reference<ICommunityGrain>(communityId).GetExisting();
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
        return CommunityCalendar.For(community.TimeZone).MonthOf(now);
    }
}
