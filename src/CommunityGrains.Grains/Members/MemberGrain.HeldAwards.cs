using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Awards held until the end of their day. They are credited on the first call after that instant (every read and
/// write checks), and a timer only makes it happen sooner while the grain is active.
/// </summary>
public sealed partial class MemberGrain
{
    private Task? _releasing;
    private IGrainTimer? _releaseTimer;

    async Task IMemberGrain.Hold(HeldAward held)
    {
        RequireJoined();
        if (!S.AppliedAwards.ContainsKey(held.Key) && S.HeldAwards.TrueForAll(h => h.Key != held.Key))
        {
            S.HeldAwards.Add(held);
            await state.WriteStateAsync();
        }

        ScheduleRelease();
    }

    /// <summary>Shared by concurrent read-only calls, so two reads never credit the same awards twice.</summary>
    private Task ReleaseHeldAwards()
    {
        if (!S.HeldAwards.Exists(h => h.ReleaseAt <= time.GetUtcNow()))
        {
            return Task.CompletedTask;
        }

        _releasing = _releasing is { IsCompleted: false } ? _releasing : Release();
        return _releasing;

        async Task Release()
        {
            var community = await communities.Existing(CommunityId);
            var now = time.GetUtcNow();
            foreach (var held in S.HeldAwards.Where(h => h.ReleaseAt <= now).ToList())
            {
                if (held.Award is { } award && !S.AppliedAwards.ContainsKey(award.Key))
                {
                    Apply(award with { At = held.StampAt }, community);
                }

                if (held.Score is { } score)
                {
                    ApplyScore(score with { At = held.StampAt }, community);
                }

                S.HeldAwards.Remove(held);
            }

            await ArchiveOldEntries();
            await state.WriteStateAsync();
            await CompletePendingEffects();
        }
    }

    private void ScheduleRelease()
    {
        _releaseTimer?.Dispose();
        _releaseTimer = null;
        if (S.HeldAwards.Count == 0)
        {
            return;
        }

        var due = S.HeldAwards.Min(h => h.ReleaseAt) - time.GetUtcNow();
        _releaseTimer = this.RegisterGrainTimer(
            async () =>
            {
                await ReleaseHeldAwards();
                ScheduleRelease();
            },
            due < TimeSpan.Zero ? TimeSpan.Zero : due,
            Timeout.InfiniteTimeSpan);
    }
}
