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
        var day = (await Calendar()).DateOf(now);

        // Own counters first: a retry the same day finds them applied and only completes what follows.
        if (RecordStreak(actor.MemberId, day))
        {
            await state.WriteStateAsync();
        }

        var checkIn = await Day(day).RecordCheckIn(actor.MemberId, now, validNote);
        await SendCheckInEffects(actor.MemberId, day, now);
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
        var reviewed = await Day(date).Review(authorId, new PeerReviewView(actor.MemberId, rating, comment, time.GetUtcNow()));
        await Member(actor.MemberId).Award(new PointAward(
            $"review:{GroupId}:{reviewed.Id}", PointAction.PeerReview, $"Reviewed a check-in in {S.Name}"));
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
        return await Day(date).Highlight(authorId);
    }

    async Task<IReadOnlyList<CheckInView>> IStudyGroupGrain.CheckIns(DateOnly? date)
    {
        RequireCreated();
        var day = date ?? (await Calendar()).DateOf(time.GetUtcNow());
        return await Day(day).CheckIns();
    }

    async Task<WeeklyReviewView> IStudyGroupGrain.WeeklyReview(DateOnly? weekOf)
    {
        RequireCreated();
        var today = (await Calendar()).DateOf(time.GetUtcNow());
        var week = StudyWeek.Containing(weekOf ?? today);
        var days = week.DaysSoFar(today);
        var summaries = await Task.WhenAll(days.Select(d => Day(d).Summary()));
        var members = S.Members
            .Select(m => new WeeklyMemberSummaryView(
                m,
                summaries.Count(s => s.CheckedIn.Contains(m)),
                summaries.Sum(s => s.ReviewsGiven.GetValueOrDefault(m))))
            .ToList();
        var rate = StudyWeek.CheckInRate(members.Sum(m => m.DaysCheckedIn), members.Count, days.Count);
        return new WeeklyReviewView(week.Monday, rate, members, summaries.SelectMany(s => s.Highlighted).ToList());
    }

    /// <summary>Applies the day to the member's run (and the group's, and the certificate); false when nothing changed.</summary>
    private bool RecordStreak(string memberId, DateOnly day)
    {
        var before = S.Streaks.GetValueOrDefault(memberId)?.ToStreak() ?? Streak.None;
        var after = StreakCalculator.Record(before, day);
        if (after == before)
        {
            return false;
        }

        S.Streaks[memberId] = StoredStreak.From(after);
        if (StreakCalculator.EarnsCertificate(after))
        {
            S.Certified.Add(memberId);
        }

        CompleteGroupDay(day);
        return true;
    }

    /// <summary>Sent on every check-in, repeats included: each carries its dedupe key, so a retry completes what a crash cut short.</summary>
    private async Task SendCheckInEffects(string memberId, DateOnly day, DateTimeOffset at)
    {
        var date = CommunityCalendar.FormatDate(day);
        var member = Member(memberId);
        await member.Award(new PointAward($"checkin:{GroupId}:{date}", PointAction.CheckIn, $"Checked in with {S.Name}"));

        // One LEARNER point per day however many groups the member checks in with.
        await member.AddMonthlyScore(new ScoreEvent($"learner:{date}", StarCategory.Learner, 1, at));
        if (S.Certified.Contains(memberId))
        {
            await member.GrantBadge(new BadgeGrant(
                $"streak30:{GroupId}", AutomaticBadges.Streak30, $"{StreakCalculator.CertificateDays} days in a row with {S.Name}", null));
        }
    }

    private void RequireMemberOrMentor(Actor actor)
    {
        if (actor.MemberId != S.MentorId)
        {
            RequireMember(actor);
        }
    }
}
