using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

public sealed partial class StudyGroupGrain
{
    async Task<CheckInView> IStudyGroupGrain.CheckIn(Actor actor, string? note)
    {
        RequireCreated(actor);
        RequireMember(actor);
        var validNote = InputLimits.Note(note, "input.note");
        var now = time.GetUtcNow();
        var community = await communities.Existing(CommunityId);
        var day = CommunityCalendar.For(community.TimeZone).DateOf(now);

        // Streak and check-in in one write of our own first: a retry the same day finds them applied and only
        // completes what follows.
        if (RecordCheckIn(actor.MemberId, day, now, validNote, community.CertificateDays))
        {
            await ArchiveDaysBefore(day);
            await state.WriteStateAsync();
        }

        var checkIn = StudyDay.View(S.OpenDays[day], GroupId, day, actor.MemberId);
        await SendCheckInEffects(actor.MemberId, day, now, community.CertificateDays);
        await ReportDay(day, day, StudyDay.Summary(S.OpenDays[day], GroupId, day));
        return checkIn;
    }

    async Task<CheckInView> IStudyGroupGrain.Review(Actor actor, ReviewCheckIn review)
    {
        RequireCreated(actor);
        RequireMemberOrMentor(actor);
        var (date, authorId) = CheckInId.Parse(review.CheckInId);
        if (authorId == actor.MemberId)
        {
            throw DomainException.BadInput("input.checkInId: a member cannot review their own check-in.");
        }

        var rating = StudyGroupRules.Rating(review.Rating);
        var comment = InputLimits.Note(review.Comment, "input.comment");
        var peerReview = new PeerReviewView(actor.MemberId, rating, comment, time.GetUtcNow());
        CheckInView reviewed;
        StudyDaySummary summary;
        if (S.OpenDays.TryGetValue(date, out var open))
        {
            StudyDay.AddReview(StudyDay.Find(open, date, authorId), peerReview);
            await state.WriteStateAsync();
            reviewed = StudyDay.View(open, GroupId, date, authorId);
            summary = StudyDay.Summary(open, GroupId, date);
        }
        else
        {
            reviewed = await Day(date).Review(authorId, peerReview);
            summary = await Day(date).Summary();
        }

        await Member(actor.MemberId).Award(new PointAward(
            $"review:{GroupId}:{reviewed.Id}", PointAction.PeerReview, SystemText.Of(SystemTextKind.ReviewedCheckIn, S.Name)));
        await ReportDay(date, (await Calendar()).DateOf(time.GetUtcNow()), summary);
        return reviewed;
    }

    async Task<CheckInView> IStudyGroupGrain.Highlight(Actor actor, string checkInId)
    {
        RequireCreated(actor);
        if (actor.MemberId != S.MentorId && !actor.IsAtLeast(Role.Moderator))
        {
            throw DomainException.Forbidden("Only the group's mentor or a moderator can highlight a check-in.");
        }

        var (date, authorId) = CheckInId.Parse(checkInId);
        if (!S.OpenDays.TryGetValue(date, out var open))
        {
            return await Day(date).Highlight(authorId);
        }

        var checkIn = StudyDay.Find(open, date, authorId);
        if (!checkIn.Highlighted)
        {
            checkIn.Highlighted = true;
            await state.WriteStateAsync();
        }

        return StudyDay.View(open, GroupId, date, authorId);
    }

    async Task<IReadOnlyList<CheckInView>> IStudyGroupGrain.CheckIns(DateOnly date)
    {
        RequireCreated();
        return S.OpenDays.TryGetValue(date, out var open) ? StudyDay.All(open, GroupId, date) : await Day(date).CheckIns();
    }

    async Task<WeeklyReviewView> IStudyGroupGrain.WeeklyReview(DateOnly? weekOf)
    {
        RequireCreated();
        var today = (await Calendar()).DateOf(time.GetUtcNow());
        var week = StudyWeek.Containing(weekOf ?? today);
        var days = week.DaysSoFar(today);
        var summaries = await Task.WhenAll(days.Select(d => Summary(d, today)));
        var members = S.Members
            .Select(m => new WeeklyMemberSummaryView(
                m,
                summaries.Count(s => s.CheckedIn.Contains(m)),
                summaries.Sum(s => s.ReviewsGiven.GetValueOrDefault(m))))
            .ToList();
        var rate = StudyWeek.CheckInRate(members.Sum(m => m.DaysCheckedIn), members.Count, days.Count);
        return new WeeklyReviewView(week.Monday, rate, members, summaries.SelectMany(s => s.Highlighted).ToList());
    }

    private Task<StudyDaySummary> Summary(DateOnly date, DateOnly today)
    {
        if (S.OpenDays.TryGetValue(date, out var open))
        {
            return Task.FromResult(StudyDay.Summary(open, GroupId, date));
        }

        return date >= today ? Task.FromResult(StudyDay.Summary(new StudyGroupDayState(), GroupId, date)) : Day(date).Summary();
    }

    /// <summary>Records the check-in (or its new note) and the streaks in memory; false when nothing changed.</summary>
    private bool RecordCheckIn(string memberId, DateOnly day, DateTimeOffset at, string? note, int certificateDays)
    {
        var streakChanged = RecordStreak(memberId, day, certificateDays);
        if (!S.OpenDays.TryGetValue(day, out var open))
        {
            open = new StudyGroupDayState();
            S.OpenDays[day] = open;
        }

        if (!open.CheckIns.TryGetValue(memberId, out var existing))
        {
            open.CheckIns[memberId] = new StoredCheckIn { At = at, Note = note };
            return true;
        }

        if (note is null || note == existing.Note)
        {
            return streakChanged;
        }

        existing.Note = note;
        return true;
    }

    /// <summary>
    /// Hands the days that are over to their day grains, before our write drops them: a crash in between leaves
    /// them here to be archived again, which is harmless, so the group's state only ever holds recent days.
    /// </summary>
    private async Task ArchiveDaysBefore(DateOnly today)
    {
        foreach (var past in S.OpenDays.Keys.Where(d => d < today).Order().ToList())
        {
            await Day(past).Archive(StudyDay.All(S.OpenDays[past], GroupId, past));
            S.OpenDays.Remove(past);
        }
    }

    /// <summary>Applies the day to the member's run (and the group's, and the certificate); false when nothing changed.</summary>
    private bool RecordStreak(string memberId, DateOnly day, int certificateDays)
    {
        var before = S.Streaks.GetValueOrDefault(memberId)?.ToStreak() ?? Streak.None;
        var after = StreakCalculator.Record(before, day);
        if (after == before)
        {
            return false;
        }

        S.Streaks[memberId] = StoredStreak.From(after);
        if (StreakCalculator.EarnsCertificate(after, certificateDays))
        {
            S.Certified.Add(memberId);
        }

        CompleteGroupDay(day);
        return true;
    }

    /// <summary>Sent on every check-in, repeats included: each carries its dedupe key, so a retry completes what a crash cut short.</summary>
    private async Task SendCheckInEffects(string memberId, DateOnly day, DateTimeOffset at, int certificateDays)
    {
        var date = CommunityCalendar.FormatDate(day);
        var member = Member(memberId);

        // One LEARNER point per day however many groups the member checks in with, and the day's check-in count;
        // both travel with the award so the member stores all of it in one write.
        await member.Award(new PointAward(
            $"checkin:{GroupId}:{date}",
            PointAction.CheckIn,
            SystemText.Of(SystemTextKind.CheckedIn, S.Name),
            Scores: [new ScoreEvent($"learner:{date}", StarCategory.Learner, 1, at)],
            CheckInDay: day));
        if (S.Certified.Contains(memberId))
        {
            await member.GrantBadge(new BadgeGrant(
                $"streak30:{GroupId}", AutomaticBadges.Streak30, SystemText.Of(SystemTextKind.StreakCertificate, certificateDays.ToString(CultureInfo.InvariantCulture), S.Name), null));
            await GrainFactory.Reference<IStudyCertificatesGrain>(GrainKeys.Of(CommunityId, GroupId, memberId)).StreakReached(S.Name);
        }

        if (S.Streaks.GetValueOrDefault(memberId) is { Current: >= StreakReminder.MinStreak })
        {
            await GrainFactory.Reference<IStreakWatchGrain>(GrainKeys.Of(CommunityId, StreakWatchGrain.KeyPart)).Watch(GroupId);
        }
    }

    async Task<StreaksAtRisk> IStudyGroupGrain.StreaksAtRisk()
    {
        var today = (await Calendar()).DateOf(time.GetUtcNow());
        var streaks = S.Streaks.Where(s => S.Members.Contains(s.Key)).Select(s => (s.Key, Streak: s.Value.ToStreak())).ToList();
        return new StreaksAtRisk
        {
            Day = today,
            Members = streaks.Where(s => StreakReminder.AtRisk(s.Streak, today)).ToDictionary(s => s.Key, s => s.Streak.Current),
            StillWatched = streaks.Any(s => StreakReminder.Alive(s.Streak, today)),
        };
    }

    /// <summary>
    /// Tells the week's shard the day's absolute counts, for the week's best group; sent again on every retry, which
    /// the shard takes as no change. Members only count towards the week being lived, never a past one.
    /// </summary>
    private async Task ReportDay(DateOnly day, DateOnly today, StudyDaySummary summary)
    {
        var week = StudyWeek.Containing(day);
        var members = week == StudyWeek.Containing(today) ? S.Members.Count : 0;
        await GrainFactory.Reference<IStudyGroupWeekShardGrain>(StudyGroupWeek.ShardFor(CommunityId, week.Monday, GroupId)).Report(new GroupDayReport(
            GroupId, week.IndexOf(day), summary.CheckedIn.Count, summary.ReviewsGiven.Values.Sum(), members, time.GetUtcNow()));
    }

    private void RequireMemberOrMentor(Actor actor)
    {
        if (actor.MemberId != S.MentorId)
        {
            RequireMember(actor);
        }
    }
}
