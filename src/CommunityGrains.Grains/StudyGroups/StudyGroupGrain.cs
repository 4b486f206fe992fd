using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// Membership, streak counters and the check-ins of the days not archived yet (today's above all), so a
/// check-in is one write here. Not reentrant: it calls day grains, the counter and member grains, and
/// none of them ever calls a group, so the call graph has no cycle. Partial: check-ins are in
/// <c>StudyGroupGrain.CheckIns.cs</c>.
/// </summary>
public sealed partial class StudyGroupGrain(
    [PersistentState("studyGroup", StorageNames.Default)] IPersistentState<StudyGroupState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, IStudyGroupGrain
{
    private StudyGroupState S => state.State;

    private string CommunityId => this.Key().CommunityId;
    private string GroupId => this.Key().OwnId;

    async Task<StudyGroupView> IStudyGroupGrain.Create(Actor actor, CreateStudyGroup create)
    {
        actor.RequireIn(CommunityId);
        var name = InputLimits.Name(create.Name, "input.name");
        var goal = StudyGroupRules.Goal(create.Goal);
        var capacity = StudyGroupRules.Capacity(create.Capacity);
        var mentorId = create.MentorId is null ? null : InputLimits.Id(create.MentorId, "input.mentorId");
        var tags = InputLimits.Tags(create.Tags, "input.tags");
        if (S.Created)
        {
            // The same creator again is a retry: finish any membership effect a crash may have cut short.
            if (S.CreatorId != actor.MemberId)
            {
                throw DomainException.Conflict($"Study group '{GroupId}' already exists.");
            }
        }
        else
        {
            var creator = await Member(actor.MemberId).GetJoined();
            S.MemberNames[creator.Id] = creator.DisplayName;
            if (mentorId is not null)
            {
                var mentorView = await Member(mentorId).GetJoined();
                S.MemberNames[mentorView.Id] = mentorView.DisplayName;
            }

            S.Created = true;
            S.Name = name;
            S.Goal = goal;
            S.Capacity = capacity;
            S.MentorId = mentorId;
            S.CreatorId = actor.MemberId;
            S.CreatedAt = time.GetUtcNow();
            S.Members = [actor.MemberId];
            S.Tags = tags.ToList();
            S.IndexPending = true;
            await state.WriteStateAsync();
        }

        await SettleIndex();

        // Only those still in the group: a creator who has left since must not get it back by retrying.
        if (S.Members.Contains(S.CreatorId))
        {
            await MemberGroups(S.CreatorId).AddStudyGroup(GroupId);
        }

        if (S.MentorId is { } mentor && mentor != S.CreatorId)
        {
            await MemberGroups(mentor).AddStudyGroup(GroupId);
        }

        return View(await Calendar());
    }

    async Task<StudyGroupView> IStudyGroupGrain.Join(Actor actor)
    {
        RequireCreated(actor);
        if (!S.Members.Contains(actor.MemberId))
        {
            var joiner = await Member(actor.MemberId).GetJoined();
            if (actor.MemberId != S.MentorId && S.Members.Count(m => m != S.MentorId) >= S.Capacity)
            {
                throw new DomainException(ErrorCodes.GroupFull, $"Study group '{GroupId}' is full ({S.Capacity} members).");
            }

            S.Members.Add(actor.MemberId);
            S.MemberNames[joiner.Id] = joiner.DisplayName;
            S.IndexPending = true;
            await state.WriteStateAsync();
        }

        await SettleIndex();

        await MemberGroups(actor.MemberId).AddStudyGroup(GroupId);
        var calendar = await Calendar();

        // A joiner counts among the week's members even if the group checked in before they came.
        var today = calendar.DateOf(time.GetUtcNow());
        await ReportDay(today, today, StudyDay.Summary(S.OpenDays.GetValueOrDefault(today) ?? new StudyGroupDayState(), GroupId, today));
        return View(calendar);
    }

    async Task<StudyGroupView> IStudyGroupGrain.Leave(Actor actor)
    {
        RequireCreated(actor);
        var calendar = await Calendar();
        var removed = S.Members.Remove(actor.MemberId);
        var wasMentor = S.MentorId == actor.MemberId;
        if (removed || wasMentor)
        {
            S.Streaks.Remove(actor.MemberId);
            S.Certified.Remove(actor.MemberId);
            if (wasMentor)
            {
                S.MentorId = null;
            }

            S.MemberNames.Remove(actor.MemberId);

            // Those who stay may all have checked in today already: the day is complete without the leaver.
            CompleteGroupDay(calendar.DateOf(time.GetUtcNow()));
            S.IndexPending = true;
            await state.WriteStateAsync();
        }

        await SettleIndex();

        await MemberGroups(actor.MemberId).RemoveStudyGroup(GroupId);
        return View(calendar);
    }

    async Task IStudyGroupGrain.NoteMemberName(string memberId, string displayName)
    {
        var known = S.Members.Contains(memberId) || S.MentorId == memberId;
        if (known && S.MemberNames.GetValueOrDefault(memberId) != displayName)
        {
            S.MemberNames[memberId] = displayName;
            await state.WriteStateAsync();
        }
    }

    async Task<StudyGroupView?> IStudyGroupGrain.Get() => S.Created ? View(await Calendar()) : null;

    private StudyGroupView View(CommunityCalendar calendar)
    {
        var today = calendar.DateOf(time.GetUtcNow());
        var streaks = S.Members.Select(m =>
        {
            var streak = S.Streaks.GetValueOrDefault(m)?.ToStreak() ?? Streak.None;
            return new MemberStreakView(m, StreakCalculator.CurrentOn(streak, today), streak.Longest, streak.Last, S.Certified.Contains(m));
        }).ToList();
        return new StudyGroupView
        {
            Id = GroupId,
            Name = S.Name,
            Goal = S.Goal,
            Capacity = S.Capacity,
            MentorId = S.MentorId,
            MemberIds = S.Members.ToList(),
            CreatedAt = S.CreatedAt,
            GroupStreak = StreakCalculator.CurrentOn(S.GroupStreak.ToStreak(), today),
            MemberStreaks = streaks,
            MemberNames = new Dictionary<string, string>(S.MemberNames),
            Today = today,
            TodayCheckIns = S.OpenDays.TryGetValue(today, out var open) ? StudyDay.All(open, GroupId, today) : [],
            Tags = S.Tags,
        };
    }

    /// <summary>Counts the day for the group once every current member has checked in on it.</summary>
    private void CompleteGroupDay(DateOnly day)
    {
        if (S.Members.Count > 0 && S.Members.All(m => S.Streaks.GetValueOrDefault(m)?.Last == day))
        {
            S.GroupStreak = StoredStreak.From(StreakCalculator.Record(S.GroupStreak.ToStreak(), day));
        }
    }

    private async Task<CommunityCalendar> Calendar() =>
        CommunityCalendar.For((await communities.Existing(CommunityId)).TimeZone);

    private IMemberGrain Member(string memberId) => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));

    private IMemberStudyGroupsGrain MemberGroups(string memberId) =>
        GrainFactory.Reference<IMemberStudyGroupsGrain>(GrainKeys.Of(CommunityId, memberId));

    private IStudyGroupDayGrain Day(DateOnly date) =>
        GrainFactory.Reference<IStudyGroupDayGrain>(GrainKeys.Of(CommunityId, GroupId, CommunityCalendar.FormatDate(date)));

    private void RequireCreated(Actor actor)
    {
        actor.RequireIn(CommunityId);
        RequireCreated();
    }

    private void RequireCreated()
    {
        if (!S.Created)
        {
            throw DomainException.NotFound($"Study group '{GroupId}' does not exist.");
        }
    }

    private void RequireMember(Actor actor)
    {
        if (!S.Members.Contains(actor.MemberId))
        {
            throw DomainException.Forbidden($"Only members of study group '{GroupId}' can do this.");
        }
    }
}
