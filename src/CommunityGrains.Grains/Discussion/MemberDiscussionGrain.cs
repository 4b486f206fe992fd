using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Discussion;

/// <summary>
/// The day's allowance is written before the award, and the award's key names the thread and the day, so a comment
/// asked about again (after a crash) re-sends the same award, which the member applies once.
/// </summary>
public sealed class MemberDiscussionGrain(
    [PersistentState("discussion", StorageNames.Default)] IPersistentState<MemberDiscussionState> state,
    CommunityViews communities) : Grain, IMemberDiscussionGrain
{
    private MemberDiscussionState S => state.State;

    async Task<bool> IMemberDiscussionGrain.Commented(SubjectRef thread, string commentId, DateTimeOffset at)
    {
        var communityId = this.Key().CommunityId;
        var community = await communities.Existing(communityId);
        var day = CommunityCalendar.For(community.TimeZone).DateOf(at);
        if (S.Day == day && S.EarnedBy.TryGetValue(thread.Name, out var earner))
        {
            if (earner != commentId)
            {
                return false;
            }
        }
        else
        {
            var allowance = new DiscussionAllowance(S.Day, S.EarnedBy.Keys.ToList());
            var (earns, next) = allowance.Comment(thread.Name, day, community.DiscussionPointsPerDay);
            if (next.Day != S.Day)
            {
                S.Day = next.Day;
                S.EarnedBy.Clear();
            }

            if (!earns)
            {
                return false;
            }

            S.EarnedBy[thread.Name] = commentId;
            await state.WriteStateAsync();
        }

        await GrainFactory.Reference<IMemberGrain>(this.GetPrimaryKeyString()).Award(new PointAward(
            $"discussion:{thread.Name}:{CommunityCalendar.FormatDate(day)}",
            PointAction.Discussion,
            SystemText.Of(SystemTextKind.Discussion, $"{EnumNames.Constant(thread.Subject).ToLowerInvariant().Replace('_', ' ')} {thread.SubjectId}")));
        return true;
    }
}
