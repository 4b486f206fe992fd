using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// Partial: each capability adds its own member behaviour (and grain interface) in a file of its own,
/// <c>MemberGrain.{Feature}.cs</c>, so the core stays small.
/// </summary>
public sealed partial class MemberGrain(
    [PersistentState("member", StorageNames.Default)] IPersistentState<MemberState> state,
    TimeProvider time,
    ILogger<MemberGrain> logger,
    CommunityViews communities) : Grain, IMemberGrain
{
    private (int? Value, DateTimeOffset At)? _expertThreshold;
    private GrainKey? _key;

    private MemberState S => state.State;

    // Read on every call, several times: parsed once per activation.
    private GrainKey Key => _key ??= this.Key();
    private string CommunityId => Key.CommunityId;
    private string MemberId => Key.OwnId;

    /// <summary>
    /// Completes what a crash left between our last write and the pushes after it, for a member whose caller
    /// will not retry. Best effort: a failure only leaves it pending for the next award, never the member unusable.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScheduleRelease();
        if (S.Left)
        {
            await CompleteLeaving();
            return;
        }

        if (!S.Joined || (RosterKnowsAll() && S.PendingPushes.Count == 0 && S.PendingAnnualPushes.Count == 0 && !S.ActivityPending && !S.StudyGroupsKnowOldName && S.Announcements.Count == 0))
        {
            return;
        }

        try
        {
            await CompletePendingEffects();
            if (S.StudyGroupsKnowOldName)
            {
                await TellStudyGroupsName();
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not complete the pending roster report, leaderboard pushes or group name notes of {Member}.", MemberId);
        }
    }

    async Task<MemberView> IMemberGrain.Join(Actor actor, JoinCommunity join)
    {
        RequireSelf(actor);
        RefuseSegment(join.Segment);
        if (S.Left)
        {
            throw DomainException.Forbidden("This member left the community; leaving cannot be undone and the id cannot join again.");
        }

        var community = await communities.Existing(CommunityId);
        var displayName = InputLimits.Name(join.DisplayName, "input.displayName");
        var interests = InputLimits.Tags(join.Interests, "input.interests");
        if (!S.Joined)
        {
            S.Joined = true;
            S.DisplayName = displayName;
            S.Interests = interests.ToList();
            S.JoinedAt = time.GetUtcNow();
            S.Announcements.Add(MemberAnnouncements.Joined(MemberId, S.JoinedAt));
            CountActivity(community, S.JoinedAt, day => day with { Joined = true });
            if (community.WelcomePoints > 0)
            {
                // In the joining write itself: the welcome is given exactly once, however often joining is retried.
                Apply(new PointAward("welcome", PointAction.Welcome, SystemText.Of(SystemTextKind.Welcome), community.WelcomePoints), community);
            }

            await state.WriteStateAsync();
        }

        // Also on a repeated join: a crash between our write and the report must not leave the member uncounted.
        await CompletePendingEffects();
        return await ViewOf(community);
    }

    async Task<MemberView> IMemberGrain.UpdateProfile(Actor actor, UpdateProfile change)
    {
        RequireSelf(actor);
        RefuseSegment(change.Segment);
        RequireJoined();
        var displayName = change.DisplayName is null ? S.DisplayName : InputLimits.Name(change.DisplayName, "input.displayName");
        var interests = change.Interests is null ? S.Interests : InputLimits.Tags(change.Interests, "input.interests").ToList();
        S.StudyGroupsKnowOldName |= displayName != S.DisplayName && S.StudyGroupIds.Count > 0;
        S.DisplayName = displayName;
        S.Interests = interests;
        await state.WriteStateAsync();
        if (S.StudyGroupsKnowOldName)
        {
            await TellStudyGroupsName();
        }

        return await ViewOf(await communities.Existing(CommunityId));
    }

    async Task<MemberView?> IMemberGrain.Get()
    {
        await ReleaseHeldAwards();
        return S.Joined ? await ViewOf(await communities.Existing(CommunityId)) : null;
    }

    async Task<MemberView?> IMemberGrain.Card() =>
        S.Joined || S.Left ? await ViewOf(await communities.Existing(CommunityId)) : null;

    async Task<MemberView> IMemberGrain.GetJoined()
    {
        RequireJoined();
        await ReleaseHeldAwards();
        return await ViewOf(await communities.Existing(CommunityId));
    }

    async Task<AwardResult> IMemberGrain.Award(PointAward award)
    {
        RequireJoined();
        await ReleaseHeldAwards();
        var scores = award.Scores ?? [];
        var repeated = S.AppliedAwards.TryGetValue(award.Key, out var applied);
        if (repeated && scores.All(s => S.AppliedAwards.ContainsKey(ScoreKey(s))))
        {
            // A retry: whatever a crash cut short after our write is still pending and is completed here.
            await CompletePendingEffects();
            return new AwardResult(false, applied!.Points, S.Balance, S.Lifetime);
        }

        var community = await communities.Existing(CommunityId);
        var points = repeated ? applied!.Points : Apply(award, community);
        foreach (var score in scores)
        {
            ApplyScore(score, community);
        }

        await ArchiveOldEntries();
        await state.WriteStateAsync();
        await CompletePendingEffects();
        return new AwardResult(!repeated, points, S.Balance, S.Lifetime);
    }

    async Task<bool> IMemberGrain.GrantBadge(BadgeGrant grant)
    {
        RequireJoined();
        if (!S.BadgeKeys.Add(grant.Key))
        {
            await CompletePendingEffects();
            return false;
        }

        // Replaced, not appended to: views share the list with callers in this process (the view is immutable).
        var language = (await communities.Existing(CommunityId)).Language;
        S.Badges = [.. S.Badges, new BadgeAwardView(grant.BadgeId, time.GetUtcNow(), grant.Reason.Render(language), grant.AwardedBy)];
        S.Announcements.AddRange(MemberAnnouncements.Badge(MemberId, grant, time.GetUtcNow()));
        await state.WriteStateAsync();
        await CompletePendingEffects();
        return true;
    }

    async Task<Page<PointsEntryView>> IMemberGrain.PointsHistory(int first, long? beforeSequence)
    {
        await ReleaseHeldAwards();
        return await new LedgerPager(GrainFactory, this.GetPrimaryKeyString(), S).Page(first, beforeSequence ?? long.MaxValue);
    }

    /// <summary>Applies the award in memory; the caller writes.</summary>
    private int Apply(PointAward award, CommunityView community)
    {
        var points = PointsFor(award, community);
        var now = time.GetUtcNow();
        var tierBefore = TierPolicy.TierFor(S.Lifetime, community.TierDefinitions).Name;
        S.Balance += points;
        if (points > 0)
        {
            S.Lifetime += points;
        }

        S.Recent.Add(new PointsEntryView(S.NextSequence++, award.Action, points, award.Reason.Render(community.Language), award.At ?? now));
        S.AppliedAwards[award.Key] = new AppliedAward(now, points);
        CountActivity(community, now, day => Counted(day, award.Action, points));
        PruneAwardKeys(now);
        if (award.CheckInDay is { } day)
        {
            var (countedDay, count) = DailyCheckIns.Add(S.CheckIns is { } known ? (known.Day, known.Count) : null, day);
            S.CheckIns = new DayCheckIns(countedDay, count);
        }

        if (points > 0)
        {
            AddToMonthlyScore(StarCategory.Overall, points, now, community);
            var tierAfter = TierPolicy.TierFor(S.Lifetime, community.TierDefinitions).Name;
            if (tierAfter != tierBefore)
            {
                S.Announcements.Add(MemberAnnouncements.Tier(MemberId, tierAfter));
            }
        }

        return points;
    }

    private static int PointsFor(PointAward award, CommunityView community) =>
        PointRules.IsRuleBased(award.Action)
            ? community.PointRules.PointsFor(award.Action)
            : award.Points ?? throw DomainException.BadInput($"{award.Action} needs an explicit number of points.");

    private async Task ArchiveOldEntries()
    {
        var count = LedgerWindow.HowManyToArchive(S.Recent.Count);
        if (count == 0)
        {
            return;
        }

        var oldest = S.Recent.Take(count).ToList();
        foreach (var month in oldest.GroupBy(e => CommunityCalendar.FormatMonth(DateOnly.FromDateTime(e.At.UtcDateTime))))
        {
            // Archive first: if we crash before our own write, the entries are still here and the archive ignores repeats.
            await GrainFactory.Reference<IMemberLedgerMonthGrain>(GrainKeys.Of(CommunityId, MemberId, month.Key)).Append(month.ToList());
            var max = month.Max(e => e.Sequence);
            var existing = S.ArchivedMonths.FindIndex(m => m.Month == month.Key);
            if (existing >= 0)
            {
                S.ArchivedMonths[existing] = new ArchivedMonth(month.Key, Math.Max(max, S.ArchivedMonths[existing].MaxSequence));
            }
            else
            {
                S.ArchivedMonths.Add(new ArchivedMonth(month.Key, max));
            }
        }

        S.Recent.RemoveRange(0, count);
    }

    private void PruneAwardKeys(DateTimeOffset now)
    {
        var horizon = now - LedgerWindow.AwardKeyRetention;
        foreach (var key in S.AppliedAwards.Where(p => p.Value.At < horizon).Select(p => p.Key).ToList())
        {
            S.AppliedAwards.Remove(key);
        }
    }

    /// <summary>
    /// The pushes that follow our own write: the roster's copy of the lifetime points and of the day's check-ins,
    /// and the leaderboards' copies of the monthly scores. Their acknowledgements are only caches and ride along
    /// with the next write; until then a repeat re-sends totals, which the receivers take as no change.
    /// </summary>
    private Task CompletePendingEffects() => Task.WhenAll(ReportToRoster(), PushPendingScores(), PushPendingAnnualScores(), ReportActivity(), Announcer.Send(GrainFactory, CommunityId, S.Announcements));

    private void RequireSelf(Actor actor)
    {
        if (!actor.IsIn(CommunityId) || actor.MemberId != MemberId)
        {
            throw DomainException.Forbidden("A member can only act as themself.");
        }
    }

    private static void RefuseSegment(MemberSegment? segment)
    {
        if (segment is not null)
        {
            throw DomainException.BadInput("input.segment: is derived from behaviour (days since joining, points, a moderator's grant) and cannot be chosen.");
        }
    }

    private void RequireJoined()
    {
        if (!S.Joined)
        {
            throw DomainException.NotFound($"Member '{MemberId}' has not joined this community.");
        }
    }

    /// <summary>
    /// The segment needs the community's expert threshold, which changes at most once per
    /// <see cref="SegmentThresholdGrain.Kept"/>: asked for at most that often, not on every read (it was one grain
    /// call in two of the cheapest query). One activation answers all reads of this member, so they see one segment.
    /// </summary>
    private async Task<MemberView> ViewOf(CommunityView community)
    {
        var now = time.GetUtcNow();
        if (_expertThreshold is not { } known || now - known.At >= SegmentThresholdGrain.Kept)
        {
            known = (await GrainFactory.Reference<ISegmentThresholdGrain>(GrainKeys.Of(CommunityId, "segments")).ExpertThreshold(), now);
            _expertThreshold = known;
        }

        var threshold = known.Value;
        var segment = SegmentRules.IsExpert(S.ExpertGranted, S.Lifetime, threshold) ? MemberSegment.Expert
            : SegmentRules.IsNewcomer(S.JoinedAt, time.GetUtcNow()) ? MemberSegment.Newcomer
            : MemberSegment.Regular;
        var tiers = community.TierDefinitions;
        var tier = TierPolicy.TierFor(S.Lifetime, tiers);
        return new MemberView
        {
            Id = MemberId,
            DisplayName = S.DisplayName,
            Segment = S.Left ? MemberSegment.Regular : segment,
            Interests = S.Interests,
            JoinedAt = S.JoinedAt,
            Points = S.Balance,
            LifetimePoints = S.Lifetime,
            Tier = community.Tiers[TierPolicy.LevelOf(tier.Name, tiers) - 1],
            Badges = S.Badges,
            HelpsCompleted = S.HelpsCompleted,
            HelperRating = S.HelperRatings == 0 ? null : (double)S.HelperStarsSum / S.HelperRatings,
            Left = S.Left,
            RequesterRating = S.RequesterRatings == 0 ? null : (double)S.RequesterStarsSum / S.RequesterRatings,
            HelpOffersPosted = S.OffersPosted,
        };
    }
}
