using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain : IMemberIncentivesGrain
{
    async Task<AwardResult> IMemberIncentivesGrain.Debit(PointDebit debit)
    {
        RequireJoined();
        if (S.AppliedAwards.TryGetValue(debit.Key, out var applied))
        {
            return new AwardResult(false, applied.Points, S.Balance, S.Lifetime);
        }

        if (S.ClosedDebits.ContainsKey(debit.Key))
        {
            throw DomainException.Conflict("This redemption was cancelled after an interruption; please redeem again with a new id.");
        }

        if (debit.Points <= 0)
        {
            throw DomainException.BadInput("A debit takes a positive number of points.");
        }

        if (S.Balance < debit.Points)
        {
            throw new DomainException(ErrorCodes.InsufficientPoints, $"This needs {debit.Points} points; the balance is {S.Balance}.");
        }

        var now = time.GetUtcNow();
        var language = (await communities.Existing(CommunityId)).Language;
        S.Balance -= debit.Points;
        S.Recent.Add(new PointsEntryView(S.NextSequence++, debit.Action, -debit.Points, debit.Reason.Render(language), now));
        S.AppliedAwards[debit.Key] = new AppliedAward(now, -debit.Points);
        PruneAwardKeys(now);
        PruneClosedDebits(now);
        await ArchiveOldEntries();
        await state.WriteStateAsync();
        return new AwardResult(true, -debit.Points, S.Balance, S.Lifetime);
    }

    async Task<MemberView> IMemberIncentivesGrain.Adjust(Actor actor, AdjustPoints adjustment)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
        var (points, reason) = PointRules.Adjustment(adjustment.Points, adjustment.Reason);
        RequireJoined();
        var key = "adjust:" + adjustment.Id;
        if (!S.AppliedAwards.ContainsKey(key))
        {
            if (S.Balance + points < 0)
            {
                throw DomainException.BadInput($"points: would take the balance below 0 (it is {S.Balance}).");
            }

            var community = await communities.Existing(CommunityId);
            Apply(new PointAward(key, PointAction.Adjustment, reason, points), community);
            S.Announcements.Add(MemberAnnouncements.Adjusted(MemberId, key, points, reason));
            await ArchiveOldEntries();
            await state.WriteStateAsync();
        }

        await CompletePendingEffects();
        return await ViewOf(await communities.Existing(CommunityId));
    }

    async Task<bool> IMemberIncentivesGrain.SettleDebit(string key)
    {
        if (S.AppliedAwards.ContainsKey(key))
        {
            return true;
        }

        if (!S.ClosedDebits.ContainsKey(key))
        {
            S.ClosedDebits[key] = time.GetUtcNow();
            await state.WriteStateAsync();
        }

        return false;
    }

    Task<double> IMemberIncentivesGrain.MonthlyScoreOf(string month, StarCategory category) =>
        Task.FromResult(S.MonthlyScores.GetValueOrDefault(MonthlyScoreKey(month, category))?.Score ?? 0);

    private void PruneClosedDebits(DateTimeOffset now)
    {
        var horizon = now - LedgerWindow.AwardKeyRetention;
        foreach (var key in S.ClosedDebits.Where(p => p.Value < horizon).Select(p => p.Key).ToList())
        {
            S.ClosedDebits.Remove(key);
        }
    }
}
