using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Incentives;

public sealed class RewardIndexGrain(
    [PersistentState("rewards", StorageNames.Default)] IPersistentState<RewardIndexState> state) : Grain, IRewardIndexGrain
{
    async Task IRewardIndexGrain.Register(string rewardId)
    {
        if (state.State.RewardIds.Contains(rewardId))
        {
            return;
        }

        if (state.State.RewardIds.Count >= IRewardIndexGrain.MaxRewards)
        {
            throw DomainException.BadInput($"A community can offer at most {IRewardIndexGrain.MaxRewards} rewards.");
        }

        state.State.RewardIds.Add(rewardId);
        await state.WriteStateAsync();
    }

    /// <summary>The previous voucher is unmarked before the pointer moves: a crash in between leaves the pointer on it, and the retry unmarks it again.</summary>
    async Task IRewardIndexGrain.MarkVoucher(string rewardId)
    {
        if (state.State.VoucherRewardId == rewardId)
        {
            return;
        }

        if (state.State.VoucherRewardId is { } previous)
        {
            await GrainFactory.Reference<IRewardGrain>(GrainKeys.Of(this.Key().CommunityId, previous)).ReleaseVoucher();
        }

        state.State.VoucherRewardId = rewardId;
        await state.WriteStateAsync();
    }

    async Task IRewardIndexGrain.UnmarkVoucher(string rewardId)
    {
        if (state.State.VoucherRewardId == rewardId)
        {
            state.State.VoucherRewardId = null;
            await state.WriteStateAsync();
        }
    }

    Task<string?> IRewardIndexGrain.VoucherReward() => Task.FromResult(state.State.VoucherRewardId);

    async Task<IReadOnlyList<RewardView>> IRewardIndexGrain.All()
    {
        var communityId = this.Key().CommunityId;
        var rewards = await Task.WhenAll(state.State.RewardIds.Select(id => GrainFactory.Reference<IRewardGrain>(GrainKeys.Of(communityId, id)).Get()));
        return rewards.OfType<RewardView>().ToList();
    }
}
