using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// The community roster's copy of this member's lifetime points and of the day's check-ins, which the roster
/// counts from (tier counts, <c>checkInsToday</c>).
/// </summary>
public sealed partial class MemberGrain
{
    private async Task ReportToRoster()
    {
        if (RosterKnowsAll())
        {
            return;
        }

        var (lifetime, checkIns) = (S.Lifetime, S.CheckIns);
        await Roster.ShardFor(GrainFactory, CommunityId, MemberId).Report(MemberId, lifetime, checkIns);
        (S.ReportedLifetime, S.ReportedCheckIns) = (lifetime, checkIns);
    }

    private bool RosterKnowsAll() => S.ReportedLifetime == S.Lifetime && S.ReportedCheckIns == S.CheckIns;
}
