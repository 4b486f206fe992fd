using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
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
            .Description("Every reward of the community.")
            .ResolveAsync(async c => await c.Grains().Reference<IRewardIndexGrain>(IncentiveKeys.RewardIndex(c.Actor().CommunityId)).All());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BadgeType>>>>("badges")
            .Description("The badge catalogue: automatic badges and those moderators defined.")
            .ResolveAsync(async c => await Catalog(c).All());

        query.Field<NonNullGraphType<LeaderboardType>>("leaderboard")
            .Description("Live ranking for a month (default: the current month).")
            .Argument<NonNullGraphType<StarCategoryType>>("category", "What to rank.")
            .Argument<StringGraphType>("month", "YYYY-MM in the community's time zone; the current month when omitted.")
            .Argument<IntGraphType>("first", "How many entries, 1..100.", a => a.DefaultValue = 10)
            .ResolveAsync(async c =>
            {
                var communityId = c.Actor().CommunityId;
                var category = c.GetArgument<StarCategory>("category");
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var month = await IncentiveMonths.OrCurrent(c, c.GetArgument<string?>("month"), communityId);
                var entries = await c.Grains().Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(communityId, category, month)).Top(first);
                return new Leaderboard(category, month, entries);
            });

        query.Field<NonNullGraphType<LeaderboardType>>("annualLeaderboard")
            .Description("Live ranking for a calendar year in the community's time zone (default: this year), exact for every member.")
            .Argument<NonNullGraphType<StarCategoryType>>("category", "What to rank.")
            .Argument<IntGraphType>("first", "How many entries, 1..100.", a => a.DefaultValue = 10)
            .Argument<IntGraphType>("year", "The calendar year in the community's time zone; this year when omitted.")
            .ResolveAsync(async c =>
            {
                var communityId = c.Actor().CommunityId;
                var category = c.GetArgument<StarCategory>("category");
                var first = InputLimits.PageSize(c.GetArgument<int>("first"));
                var year = c.GetArgument<int?>("year") is { } given
                    ? InputLimits.Range(given, "year", 2000, 9998)
                    : int.Parse((await IncentiveMonths.Current(c, communityId))[..4], System.Globalization.CultureInfo.InvariantCulture);
                var entries = await c.Grains().Reference<IAnnualBoardGrain>(communityId).Top(category, year, first);
                return new Leaderboard(category, IncentiveKeys.Year(year), entries);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StarAwardType>>>>("starsOfTheMonth")
            .Description("The stars of a month (default: the month that last ended).")
            .Argument<StringGraphType>("month", "YYYY-MM in the community's time zone; the month that last ended when omitted.")
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
            .Description("MODERATOR: adds a badge to the catalogue. Defining the same badge again returns it; different text under the same id is a CONFLICT.")
            .Argument<NonNullGraphType<DefineBadgeInputType>>("input", "The badge.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DefineBadgeInput>("input");
                return await Catalog(c).Define(c.Actor(), input.Id, input.Name, input.Description);
            });

        mutation.Field<NonNullGraphType<MemberType>>("awardBadge")
            .Description("MODERATOR: awards a defined badge to a member and returns the member.")
            .Argument<NonNullGraphType<AwardBadgeInputType>>("input", "Who gets which badge, and why.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AwardBadgeInput>("input");
                return await Catalog(c).Award(c.Actor(), GatewayIds.Check(input.MemberId, "input.memberId"), GatewayIds.Check(input.BadgeId, "input.badgeId"), input.Reason);
            });

        mutation.Field<NonNullGraphType<RewardType>>("addReward")
            .Description("MODERATOR: adds a reward. Idempotent with input.id: the same reward again returns it.")
            .Argument<NonNullGraphType<AddRewardInputType>>("input", "The reward.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddRewardInput>("input");
                var id = input.Id is null ? NewId() : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<IRewardGrain>(id).Add(c.Actor(), new AddReward(input.Name, input.Cost, input.Stock, input.MinTier));
            });

        mutation.Field<NonNullGraphType<RedemptionType>>("redeemReward")
            .Description("MEMBER: spends points on a reward; INSUFFICIENT_POINTS when the balance is too low. Idempotent with input.id: a retry returns the same redemption, charged once.")
            .Argument<NonNullGraphType<RedeemRewardInputType>>("input", "The reward and a client id.")
            .RequireRole(Role.Member)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RedeemRewardInput>("input");
                var id = input.Id is null ? NewId() : GatewayIds.Check(input.Id, "input.id");
                return await c.Grain<IRewardGrain>(GatewayIds.Check(input.RewardId, "input.rewardId")).Redeem(c.Actor(), id);
            });

        mutation.Field<NonNullGraphType<MemberType>>("adjustPoints")
            .Description("MODERATOR: an ADJUSTMENT of -1000..1000 points with a reason; the member is told. Idempotent on id.")
            .Argument<IdGraphType>("id", "Client-chosen id of the adjustment (at most 64 characters): a retry with it changes nothing more. A new id is made when omitted.")
            .Argument<NonNullGraphType<IdGraphType>>("memberId", "The member whose points change.")
            .Argument<NonNullGraphType<IntGraphType>>("points", "-1000..1000, not 0; the balance may not go below 0.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why, 1..200 characters; shown in the member's ledger and notification.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id") is { } given ? GatewayIds.Check(given) : NewId();
                var adjustment = new AdjustPoints(id, c.GetArgument<int>("points"), c.GetArgument<string>("reason"));
                return await c.Grain<IMemberIncentivesGrain>(c.GetArgument<string>("memberId"), "memberId").Adjust(c.Actor(), adjustment);
            });

        mutation.Field<NonNullGraphType<RewardType>>("updateReward")
            .Description("ADMIN: change a reward; stock can be raised or lowered (never below what is reserved).")
            .Argument<NonNullGraphType<IdGraphType>>("rewardId", "The reward.")
            .Argument<StringGraphType>("name", "New display name, 1..80 characters.")
            .Argument<IntGraphType>("cost", "New price in points, 1..10000000; redemptions already made keep theirs.")
            .Argument<IntGraphType>("stock", "How many are on hand, 0..1000000, counting those redeemed and not yet handed over (at least that many); Reward.stock becomes this minus them.")
            .Argument<StringGraphType>("minTier", "Name of one of the community's tiers; an empty string lets every member redeem.")
            .Argument<BooleanGraphType>("retired", "True stops redemptions (the reward stays listed); false offers it again.")
            .Argument<BooleanGraphType>("voucherForHelps", "True makes this the helpers' service voucher (unmarking any other reward); false stops giving it.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var change = new UpdateReward(
                    c.GetArgument<string?>("name"), c.GetArgument<int?>("cost"), c.GetArgument<int?>("stock"), c.GetArgument<string?>("minTier"), c.GetArgument<bool?>("retired"), c.GetArgument<bool?>("voucherForHelps"));
                return await c.Grain<IRewardGrain>(c.GetArgument<string>("rewardId"), "rewardId").Update(c.Actor(), change);
            });

        mutation.Field<NonNullGraphType<RedemptionType>>("fulfilRedemption")
            .Description("MODERATOR or staff: a redemption handed over (the code was collected).")
            .Argument<NonNullGraphType<IdGraphType>>("rewardId", "The reward redeemed.")
            .Argument<NonNullGraphType<IdGraphType>>("redemptionId", "The redemption, as redeemReward returned it.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c =>
            {
                var redemptionId = GatewayIds.Check(c.GetArgument<string>("redemptionId"), "redemptionId");
                return await c.Grain<IRewardGrain>(c.GetArgument<string>("rewardId"), "rewardId").Fulfil(c.Actor(), redemptionId);
            });

        mutation.Field<NonNullGraphType<StarAwardType>>("selectStarOfTheYear")
            .Description("ADMIN, after the year ended in the community's time zone: the year's top member of a category (default rank 1).")
            .Argument<NonNullGraphType<StarCategoryType>>("category", "The category.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The calendar year; it must have ended in the community's time zone.")
            .Argument<IdGraphType>("memberId", "The star; the annual board's first when omitted.")
            .RequireRole(Role.Admin)
            .ResolveAsync(async c =>
            {
                var year = InputLimits.Range(c.GetArgument<int>("year"), "year", 2000, 9998);
                var memberId = c.GetArgument<string?>("memberId") is { } given ? GatewayIds.Check(given, "memberId") : null;
                var stars = c.Grains().Reference<IStarsOfTheYearGrain>(IncentiveKeys.StarsOfTheYear(c.Actor().CommunityId, year));
                return await stars.Select(c.Actor(), c.GetArgument<StarCategory>("category"), memberId);
            });

        mutation.Field<NonNullGraphType<StarAwardType>>("selectStarOfTheMonth")
            .Description("MODERATOR: chooses the star of an ended month in a category; the star gets a badge and points. Once chosen, the star stays.")
            .Argument<NonNullGraphType<SelectStarInputType>>("input", "The category, month and member.")
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
