using CommunityGrains.Contracts.Communities;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>The study groups the member belongs to or mentors, in the order joined.</summary>
    [Id(50)] public List<string> StudyGroupIds { get; set; } = [];

    /// <summary>
    /// Set in the same write as a new display name, cleared once the groups were told (riding along with the next
    /// write): a crash in between tells them again on activation.
    /// </summary>
    [Id(51)] public bool StudyGroupsKnowOldName { get; set; }

    /// <summary>First check-ins on the latest community day the member checked in on, for <c>stats.checkInsToday</c>.</summary>
    [Id(52)] public DayCheckIns? CheckIns { get; set; }
}
