using System.Globalization;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Help;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain : IMemberHelpGrain
{
    /// <summary>In <see cref="MemberState.HelpKeys"/>, kept for good: a member receives one service voucher in their life.</summary>
    private const string HelperVoucherKey = "helper-voucher";

    async Task<int> IMemberHelpGrain.RecordHelpCompleted(string key)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.HelpsCompleted++;
            await state.WriteStateAsync();
        }

        return S.HelpsCompleted;
    }

    Task<bool> IMemberHelpGrain.HasHelperVoucher() => Task.FromResult(S.HelpKeys.Contains(HelperVoucherKey));

    async Task IMemberHelpGrain.RecordHelperVoucher(RedemptionView voucher)
    {
        RequireJoined();
        if (!S.HelpKeys.Contains(HelperVoucherKey))
        {
            var community = await communities.Existing(CommunityId);
            var reason = SystemText.Of(
                SystemTextKind.HelperVoucher, voucher.Reward.Name, voucher.Id, voucher.Code, HelpLimits.HelpsForVoucher.ToString(CultureInfo.InvariantCulture));
            S.HelpKeys.Add(HelperVoucherKey);
            Apply(new PointAward(HelperVoucherKey, PointAction.Redemption, reason, Points: 0), community);
            await ArchiveOldEntries();
            await state.WriteStateAsync();
        }

        await CompletePendingEffects();
    }

    async Task IMemberHelpGrain.RecordRequesterRating(string key, int stars)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.RequesterStarsSum += stars;
            S.RequesterRatings++;
            await state.WriteStateAsync();
        }
    }

    async Task<int> IMemberHelpGrain.RecordOfferPosted(string key)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.OffersPosted++;
            await state.WriteStateAsync();
        }

        return S.OffersPosted;
    }

    async Task IMemberHelpGrain.RecordHelperRating(string key, int stars)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.HelperStarsSum += stars;
            S.HelperRatings++;
            await state.WriteStateAsync();
        }
    }
}
