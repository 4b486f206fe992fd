using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Incentives;

/// <summary>
/// Not reentrant on purpose: redemptions of one reward run one at a time, so the stock check and the
/// reservation can never interleave. The protocol with the member is in <see cref="IRewardGrain"/>.
/// </summary>
public sealed class RewardGrain(
    [PersistentState("reward", StorageNames.Default)] IPersistentState<RewardState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, IRewardGrain
{
    /// <summary>A reservation still pending after this long was interrupted; it is settled with the member.</summary>
    public static readonly TimeSpan PendingTimeout = TimeSpan.FromMinutes(1);

    private RewardState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string RewardId => this.Key().OwnId;

    async Task<RewardView> IRewardGrain.Add(Actor actor, AddReward reward)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
        var community = await communities.Existing(CommunityId);
        var (name, cost, stock, minTier) = RewardRules.Validate(reward.Name, reward.Cost, reward.Stock, reward.MinTier, community.TierDefinitions);
        if (S.Created)
        {
            var same = S.CreatedBy == actor.MemberId && S.Name == name && S.Cost == cost && S.MinTier == minTier;
            return same ? await Registered() : throw DomainException.Conflict($"Reward '{RewardId}' already exists.");
        }

        S.Created = true;
        S.Name = name;
        S.Cost = cost;
        S.Stock = stock;
        S.MinTier = minTier;
        S.CreatedBy = actor.MemberId;
        S.CreatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return await Registered();
    }

    async Task<RewardView?> IRewardGrain.Get()
    {
        if (!S.Created)
        {
            return null;
        }

        await SettleInterrupted(except: null);
        return View();
    }

    async Task<RedemptionView> IRewardGrain.Redeem(Actor actor, string redemptionId)
    {
        actor.RequireIn(CommunityId);
        RequireCreated();
        await SettleInterrupted(except: redemptionId);
        if (S.Confirmed.TryGetValue(redemptionId, out var done))
        {
            return Redemption(redemptionId, RequireOwner(done, actor));
        }

        if (S.Pending.TryGetValue(redemptionId, out var pending))
        {
            return await Complete(redemptionId, RequireOwner(pending, actor));
        }

        if (S.Retired)
        {
            throw DomainException.Conflict($"'{S.Name}' is retired and can no longer be redeemed.");
        }

        await CheckEligible(actor.MemberId);
        var reserved = await ReserveStock(redemptionId, actor.MemberId);
        return await Complete(redemptionId, reserved);
    }

    async Task<RewardView> IRewardGrain.Update(Actor actor, UpdateReward change)
    {
        actor.Require(Role.Admin);
        actor.RequireIn(CommunityId);
        RequireCreated();
        await SettleInterrupted(except: null);
        var community = await communities.Existing(CommunityId);
        var minTier = change.MinTier is null ? S.MinTier : string.IsNullOrWhiteSpace(change.MinTier) ? null : change.MinTier;
        var (name, cost, _, validTier) = RewardRules.Validate(change.Name ?? S.Name, change.Cost ?? S.Cost, 0, minTier, community.TierDefinitions, prefix: "");
        var reserved = S.Pending.Count + S.Confirmed.Values.Count(r => r.FulfilledAt is null);
        var left = change.Stock is { } onHand ? RewardRules.LeftAfterRestock(onHand, reserved) : S.Stock;
        var retired = change.Retired ?? S.Retired;
        var voucher = change.VoucherForHelps ?? S.VoucherForHelps;
        if ((name, cost, validTier, left, retired, voucher) != (S.Name, S.Cost, S.MinTier, S.Stock, S.Retired, S.VoucherForHelps))
        {
            (S.Name, S.Cost, S.MinTier, S.Stock, S.Retired, S.VoucherForHelps) = (name, cost, validTier, left, retired, voucher);
            await state.WriteStateAsync();
        }

        // Also on a retry: the index may not have heard of our change before a crash. Two admins marking two rewards at
        // the same moment wait on each other through the index until one call times out; the retry then settles it.
        var index = GrainFactory.Reference<IRewardIndexGrain>(IncentiveKeys.RewardIndex(CommunityId));
        if (change.VoucherForHelps == true)
        {
            await index.MarkVoucher(RewardId);
        }
        else if (change.VoucherForHelps == false)
        {
            await index.UnmarkVoucher(RewardId);
        }

        return View();
    }

    async Task<RedemptionView> IRewardGrain.Fulfil(Actor actor, string redemptionId)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
        RequireCreated();
        await SettleInterrupted(except: null);
        if (S.Pending.ContainsKey(redemptionId))
        {
            throw DomainException.Conflict("This redemption is not paid yet; hand it over once it is confirmed.");
        }

        if (!S.Confirmed.TryGetValue(redemptionId, out var redemption))
        {
            throw DomainException.NotFound($"There is no redemption '{redemptionId}' of '{S.Name}'.");
        }

        if (redemption.FulfilledAt is null)
        {
            redemption = redemption with { FulfilledAt = time.GetUtcNow() };
            S.Confirmed[redemptionId] = redemption;
            await state.WriteStateAsync();
        }

        return Redemption(redemptionId, redemption);
    }

    async Task<RedemptionView?> IRewardGrain.IssueVoucher(string redemptionId, string memberId)
    {
        RequireCreated();
        await SettleInterrupted(except: null);
        if (S.Confirmed.TryGetValue(redemptionId, out var issued))
        {
            return issued.MemberId == memberId ? Redemption(redemptionId, issued) : null;
        }

        if (!S.VoucherForHelps || S.Retired || S.Stock <= 0)
        {
            return null;
        }

        // Confirmed at once: nothing is debited, so there is nothing to settle with the member.
        var voucher = new StoredRedemption(memberId, 0, time.GetUtcNow(), RedemptionCode.New());
        S.Stock--;
        Confirm(redemptionId, voucher);
        await state.WriteStateAsync();
        return Redemption(redemptionId, voucher);
    }

    async Task IRewardGrain.ReleaseVoucher()
    {
        if (S.VoucherForHelps)
        {
            S.VoucherForHelps = false;
            await state.WriteStateAsync();
        }
    }

    async Task<RedemptionView> IRewardGrain.Reserve(string redemptionId, string memberId)
    {
        RequireCreated();
        await SettleInterrupted(except: redemptionId);
        if (S.Confirmed.TryGetValue(redemptionId, out var done) || S.Pending.TryGetValue(redemptionId, out done))
        {
            return Redemption(redemptionId, done);
        }

        return Redemption(redemptionId, await ReserveStock(redemptionId, memberId));
    }

    private async Task CheckEligible(string memberId)
    {
        var member = await GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId)).GetJoined();
        var community = await communities.Existing(CommunityId);
        if (!RewardRules.TierAllows(S.MinTier, member.LifetimePoints, community.TierDefinitions))
        {
            throw new DomainException(ErrorCodes.TierTooLow, $"'{S.Name}' needs the {S.MinTier} tier; you are {member.Tier.Name}.");
        }

        // The balance is checked again, authoritatively, by the debit; this spares a reservation that cannot succeed.
        if (member.Points < S.Cost)
        {
            throw new DomainException(ErrorCodes.InsufficientPoints, $"'{S.Name}' costs {S.Cost} points; you have {member.Points}.");
        }
    }

    /// <summary>Durable before the member is asked to pay, so a crash leaves a reservation to settle, never a lost one.</summary>
    private async Task<StoredRedemption> ReserveStock(string redemptionId, string memberId)
    {
        if (S.Stock <= 0)
        {
            throw new DomainException(ErrorCodes.OutOfStock, $"'{S.Name}' is out of stock.");
        }

        var reserved = new StoredRedemption(memberId, S.Cost, time.GetUtcNow(), RedemptionCode.New());
        S.Stock--;
        S.Pending[redemptionId] = reserved;
        await state.WriteStateAsync();
        return reserved;
    }

    private async Task<RedemptionView> Complete(string redemptionId, StoredRedemption reserved)
    {
        var member = GrainFactory.Reference<IMemberIncentivesGrain>(GrainKeys.Of(CommunityId, reserved.MemberId));
        try
        {
            await member.Debit(new PointDebit(DebitKey(redemptionId), reserved.Cost, SystemText.Of(SystemTextKind.Redeemed, S.Name)));
        }
        catch (DomainException refused) when (refused.Code is ErrorCodes.InsufficientPoints or ErrorCodes.Conflict)
        {
            S.Pending.Remove(redemptionId);
            S.Stock++;
            await state.WriteStateAsync();
            throw;
        }

        Confirm(redemptionId, reserved);
        await state.WriteStateAsync();
        return Redemption(redemptionId, reserved);
    }

    /// <summary>
    /// Reservations older than <see cref="PendingTimeout"/> lost their redeemer: ask each member whether the
    /// debit happened (which also closes the key if not) and confirm or give the stock back accordingly.
    /// A retry of the same redemption is left out: it resumes instead.
    /// </summary>
    private async Task SettleInterrupted(string? except)
    {
        var horizon = time.GetUtcNow() - PendingTimeout;
        var stale = S.Pending.Where(p => p.Value.At < horizon && p.Key != except).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        foreach (var (redemptionId, reserved) in stale)
        {
            var member = GrainFactory.Reference<IMemberIncentivesGrain>(GrainKeys.Of(CommunityId, reserved.MemberId));
            if (await member.SettleDebit(DebitKey(redemptionId)))
            {
                Confirm(redemptionId, reserved);
            }
            else
            {
                S.Pending.Remove(redemptionId);
                S.Stock++;
            }
        }

        await state.WriteStateAsync();
    }

    private void Confirm(string redemptionId, StoredRedemption reserved)
    {
        S.Pending.Remove(redemptionId);
        S.Confirmed[redemptionId] = reserved;
        var horizon = time.GetUtcNow() - LedgerWindow.AwardKeyRetention;
        foreach (var old in S.Confirmed.Where(p => p.Value.FulfilledAt < horizon).Select(p => p.Key).ToList())
        {
            S.Confirmed.Remove(old);
        }
    }

    private async Task<RewardView> Registered()
    {
        // Also on a retry: a crash between the two writes must not leave the reward unlisted.
        await GrainFactory.Reference<IRewardIndexGrain>(IncentiveKeys.RewardIndex(CommunityId)).Register(RewardId);
        return View();
    }

    private string DebitKey(string redemptionId) => $"redeem:{RewardId}:{redemptionId}";

    private static StoredRedemption RequireOwner(StoredRedemption redemption, Actor actor) =>
        redemption.MemberId == actor.MemberId ? redemption : throw DomainException.Conflict("This redemption id is already taken.");

    private void RequireCreated()
    {
        if (!S.Created)
        {
            throw DomainException.NotFound($"There is no reward '{RewardId}'.");
        }
    }

    private RedemptionView Redemption(string redemptionId, StoredRedemption redemption) =>
        new(redemptionId, View(), redemption.Cost, redemption.At, redemption.Code, redemption.FulfilledAt);

    private RewardView View() => new(RewardId, S.Name, S.Cost, S.Stock, S.MinTier, S.Retired, S.VoucherForHelps);
}
