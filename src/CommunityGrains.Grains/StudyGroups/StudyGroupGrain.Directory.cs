using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>The mentor, and what the search index knows of the group.</summary>
public sealed partial class StudyGroupGrain
{
    async Task<StudyGroupView> IStudyGroupGrain.SetMentor(Actor actor, string mentorId)
    {
        RequireCreated(actor);
        var newMentorId = InputLimits.Id(mentorId, "mentorId");
        if (actor.MemberId != S.MentorId && !actor.IsAtLeast(Role.Moderator))
        {
            throw DomainException.Forbidden("Only the group's mentor or a moderator can change the mentor.");
        }

        var previous = S.MentorId;
        if (previous != newMentorId)
        {
            var mentor = await Member(newMentorId).GetJoined();
            S.MemberNames[mentor.Id] = mentor.DisplayName;
            if (previous is not null && !S.Members.Contains(previous))
            {
                S.MemberNames.Remove(previous);
            }

            S.MentorId = newMentorId;
            S.IndexPending = true;
            await state.WriteStateAsync();
        }

        // Sent again on a retry: both are sets, so a repeat changes nothing.
        await MemberGroups(newMentorId).AddStudyGroup(GroupId);
        if (previous is not null && previous != newMentorId && !S.Members.Contains(previous))
        {
            await MemberGroups(previous).RemoveStudyGroup(GroupId);
        }

        await SettleIndex();
        return View(await Calendar());
    }

    /// <summary>Tells the index shard the group's searchable summary when a change it shows is not there yet.</summary>
    private async Task SettleIndex()
    {
        if (!S.IndexPending)
        {
            return;
        }

        await GrainFactory.Reference<IStudyGroupIndexGrain>(StudyGroupIndex.KeyFor(CommunityId, GroupId)).Upsert(new StudyGroupIndexEntry
        {
            Id = GroupId,
            Terms = GoalTerms.Of([S.Goal, S.Name, .. S.Tags]).Order(StringComparer.Ordinal).ToList(),
            Tags = S.Tags,
            FreeSeats = GroupSearchRules.FreeSeats(S.Capacity, S.Members, S.MentorId),
            CreatedAt = S.CreatedAt,
        });
        S.IndexPending = false;
    }
}
