using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Members;

/// <summary>The EXPERT grant, and a member's rights over their data: a copy of everything (PIPL/GDPR access) and leaving.</summary>
public sealed partial class MemberGrain : IMemberAccountGrain
{
    private static readonly JsonSerializerOptions ExportJson = new() { WriteIndented = false, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    async Task<MemberView> IMemberAccountGrain.SetExpert(Actor actor, bool expert)
    {
        actor.Require(Role.Moderator);
        actor.RequireIn(CommunityId);
        RequireJoined();
        if (S.ExpertGranted != expert)
        {
            S.ExpertGranted = expert;
            await state.WriteStateAsync();
        }

        return await ViewOf(await communities.Existing(CommunityId));
    }

    async Task IMemberAccountGrain.Leave(Actor actor)
    {
        RequireSelf(actor);
        if (!S.Left)
        {
            RequireJoined();
            var community = await communities.Existing(CommunityId);
            S.BoardsToLeave = [.. S.MonthlyScores.Keys];
            S.AnnualBoardsToLeave = [.. S.YearlyScores.Keys];
            S.YearlyScores = [];
            S.PendingAnnualPushes = [];
            S.LedgerMonthsToErase = [.. S.ArchivedMonths.Select(m => m.Month)];
            S.RosterToLeave = true;
            S.Left = true;
            S.Joined = false;
            S.DisplayName = SystemTexts.FormerMember(community.Language);
            S.StudyGroupsKnowOldName = S.StudyGroupIds.Count > 0;
            S.Interests = [];
            S.Balance = 0;
            S.Lifetime = 0;
            S.Recent = [];
            S.ArchivedMonths = [];
            S.Badges = [];
            S.BadgeKeys = [];
            S.MonthlyScores = [];
            S.PendingPushes = [];
            S.LeaderboardThresholds = [];
            S.ActiveMonths = [];
            S.Announcements = [];
            S.ExpertGranted = false;
            S.HelpsCompleted = 0;
            S.HelperStarsSum = 0;
            S.HelperRatings = 0;
            S.RequesterStarsSum = 0;
            S.RequesterRatings = 0;
            S.OffersPosted = 0;
            S.CheckIns = null;
            await state.WriteStateAsync();
        }

        await CompleteLeaving();
    }

    async Task<string> IMemberAccountGrain.ExportData(Actor actor)
    {
        RequireSelf(actor);
        RequireJoined();
        var community = await communities.Existing(CommunityId);
        var view = await ViewOf(community);
        var ledger = new List<PointsEntryView>();
        long? before = null;
        Page<PointsEntryView> page;
        do
        {
            page = await new LedgerPager(GrainFactory, this.GetPrimaryKeyString(), S).Page(100, before ?? long.MaxValue);
            ledger.AddRange(page.Items.Select(i => i.Node));
            before = page.Items.Count == 0 ? null : page.Items[^1].Node.Sequence;
        }
        while (page.HasNextPage && before is not null);

        var sections = new MemberDataExport(GrainFactory, actor);
        var comments = sections.Comments();
        var feedback = sections.Feedback();
        var helpRequests = sections.HelpRequests();
        var volunteered = sections.Volunteered();
        var events = sections.Events();
        await Task.WhenAll(comments, feedback, helpRequests, volunteered, events);

        var document = new
        {
            community = new { id = community.Id, name = community.Name },
            exportedAt = time.GetUtcNow(),
            profile = new
            {
                id = view.Id,
                displayName = view.DisplayName,
                segment = view.Segment.ToString().ToUpperInvariant(),
                expertGranted = S.ExpertGranted,
                interests = view.Interests,
                joinedAt = view.JoinedAt,
                points = view.Points,
                lifetimePoints = view.LifetimePoints,
                tier = view.Tier.Name,
            },
            pointsLedger = ledger.Select(e => new { sequence = e.Sequence, action = e.Action.ToString(), points = e.Points, reason = e.Reason, at = e.At }),
            badges = view.Badges.Select(b => new { badgeId = b.BadgeId, awardedAt = b.AwardedAt, reason = b.Reason, awardedBy = b.AwardedBy }),
            studyGroups = S.StudyGroupIds,
            lastCheckIns = S.CheckIns is { } checkIns ? new { day = checkIns.Day, count = checkIns.Count } : null,
            help = new
            {
                helpsCompleted = S.HelpsCompleted,
                helperRating = view.HelperRating,
                requesterRating = view.RequesterRating,
                offersPosted = S.OffersPosted,
                requests = await helpRequests,
                volunteered = await volunteered,
            },
            comments = await comments,
            feedback = await feedback,
            events = await events,
        };
        return JsonSerializer.Serialize(document, ExportJson);
    }

    /// <summary>Each step is idempotent and crossed off as it completes, so a crash part-way repeats only what is left.</summary>
    private async Task CompleteLeaving()
    {
        if (S.BoardsToLeave.Count == 0 && S.AnnualBoardsToLeave.Count == 0 && S.LedgerMonthsToErase.Count == 0 && !S.RosterToLeave && !S.StudyGroupsKnowOldName)
        {
            return;
        }

        foreach (var key in S.BoardsToLeave.ToList())
        {
            var separator = key.IndexOf('/', StringComparison.Ordinal);
            var category = Enum.Parse<StarCategory>(key[(separator + 1)..]);
            await GrainFactory.Reference<ILeaderboardGrain>(IncentiveKeys.Leaderboard(CommunityId, category, key[..separator])).Remove(MemberId);
            S.BoardsToLeave.Remove(key);
        }

        foreach (var key in S.AnnualBoardsToLeave.ToList())
        {
            await AnnualShard(key).Remove(MemberId);
            S.AnnualBoardsToLeave.Remove(key);
        }

        foreach (var month in S.LedgerMonthsToErase.ToList())
        {
            await GrainFactory.Reference<IMemberLedgerMonthGrain>(GrainKeys.Of(CommunityId, MemberId, month)).Erase();
            S.LedgerMonthsToErase.Remove(month);
        }

        if (S.RosterToLeave)
        {
            await Roster.ShardFor(GrainFactory, CommunityId, MemberId).Remove(MemberId);
            S.RosterToLeave = false;
        }

        if (S.StudyGroupsKnowOldName)
        {
            await TellStudyGroupsName();
        }

        await state.WriteStateAsync();
    }
}
