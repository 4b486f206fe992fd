using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Trends;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Members;
using CommunityGrains.Grains.Trends;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// The member's share of the community's day buckets. Counted when an award is first applied (once per cause, by its
/// key) or when the member joins, in the same write, then reported as absolute counts after it.
/// </summary>
public sealed partial class MemberGrain
{
    private void CountActivity(CommunityView community, DateTimeOffset at, Func<MemberDay, MemberDay> change)
    {
        var day = CommunityCalendar.For(community.TimeZone).DateOf(at);
        var current = S.ActivityDay is { } known && known.Day == day ? known : MemberDay.Empty(MemberId, day);
        S.ActivityDay = change(current);
        S.ActivityPending = true;
    }

    private static MemberDay Counted(MemberDay day, PointAction action, int points)
    {
        day = day with { PointsEarned = day.PointsEarned + Math.Max(0, points) };
        return action switch
        {
            PointAction.CheckIn => day with { CheckIns = day.CheckIns + 1 },
            PointAction.Vote or PointAction.PollVote => day with { Votes = day.Votes + 1 },
            PointAction.FeedbackSubmitted => day with { FeedbackSubmitted = day.FeedbackSubmitted + 1 },
            PointAction.HelpCompleted => day with { HelpsCompleted = day.HelpsCompleted + 1 },
            _ => day,
        };
    }

    private async Task ReportActivity()
    {
        if (!S.ActivityPending || S.ActivityDay is not { } day)
        {
            return;
        }

        await TrendsGrain.Bucket(GrainFactory, CommunityId, day.Day, MemberId).Record(day);
        S.ActivityPending = S.ActivityDay != day;
    }
}
