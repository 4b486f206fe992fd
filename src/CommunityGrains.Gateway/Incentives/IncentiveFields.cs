using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class IncentiveFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RewardType>>>>("rewards")
            .ResolveAsync(async c => await c.Grains().Reference<IRewardIndexGrain>(IncentiveKeys.RewardIndex(c.Actor().CommunityId)).All());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BadgeType>>>>("badges")
            .ResolveAsync(async c => await Catalog(c).All());

        query.Field<NonNullGraphType<LeaderboardType>>("leaderboard")
            .Description("Live ranking for a month (default: the current month).")
            .Argument<NonNullGraphType<StarCategoryType>>("category")
            .Argument<StringGraphType>("month")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var communityId = c.Actor().CommunityId;
                var category = c.GetArgument<StarCategory>("category");
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var month = await IncentiveMonths.OrCurrent(c, c.GetArgument<string?>("month"), communityId);
                var entries = await c.Grains().Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(communityId, category, month)).Top(first);
                return new Leaderboard(category, month, entries);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StarAwardType>>>>("starsOfTheMonth")
            .Description("The stars of a month (default: the month that last ended).")
            .Argument<StringGraphType>("month")
            .ResolveAsync(async c =>
            {
                var communityId = c.Actor().CommunityId;
                var month = await IncentiveMonths.OrLastEnded(c, c.GetArgument<string?>("month"), communityId);
                return await c.Grains().Reference<IStarsOfTheMonthGrain>(IncentiveKeys.Stars(communityId, month)).All();
            });
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BadgeType>>("defineBadge")
            .Argument<NonNullGraphType<DefineBadgeInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DefineBadgeInput>("input");
                return await Catalog(c).Define(c.Actor(), input.Id, input.Name, input.Description);
            });

        mutation.Field<NonNullGraphType<MemberType>>("awardBadge")
            .Argument<NonNullGraphType<AwardBadgeInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AwardBadgeInput>("input");
                return await Catalog(c).Award(c.Actor(), GatewayIds.Check(input.MemberId, "input.memberId"), GatewayIds.Check(input.BadgeId, "input.badgeId"), input.Reason);
            });

        mutation.Field<NonNullGraphType<RewardType>>("addReward")
            .Argument<NonNullGraphType<AddRewardInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddRewardInput>("input");
                var id = input.Id is null ? NewId() : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<IRewardGrain>(id).Add(c.Actor(), new AddReward(input.Name, input.Cost, input.Stock, input.MinTier));
            });

        mutation.Field<NonNullGraphType<RedemptionType>>("redeemReward")
            .Argument<NonNullGraphType<RedeemRewardInputType>>("input")
            .RequireRole(Role.Member)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RedeemRewardInput>("input");
                var id = input.Id is null ? NewId() : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<IRewardGrain>(GatewayIds.Check(input.RewardId, "input.rewardId")).Redeem(c.Actor(), id);
            });

        mutation.Field<NonNullGraphType<StarAwardType>>("selectStarOfTheMonth")
            .Argument<NonNullGraphType<SelectStarInputType>>("input")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SelectStarInput>("input");
                var month = StarRules.Month(input.Month, "input.month");
                var memberId = input.MemberId is null ? null : GatewayIds.Check(input.MemberId, "input.memberId");
                var stars = c.Grains().Reference<IStarsOfTheMonthGrain>(IncentiveKeys.Stars(c.Actor().CommunityId, month));
                return await stars.Select(c.Actor(), new SelectStar(input.Category, memberId, input.Citation));
            });
    }

    private static IBadgeCatalogGrain Catalog(IResolveFieldContext context) =>
        context.Grains().Reference<IBadgeCatalogGrain>(IncentiveKeys.BadgeCatalog(context.Actor().CommunityId));

    private static string NewId() => Guid.NewGuid().ToString("N");
}
