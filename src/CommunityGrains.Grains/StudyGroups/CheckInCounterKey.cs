using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.StudyGroups;

public static class CheckInCounterKey
{
    public static string Of(string communityId, DateOnly date) =>
        GrainKeys.Of(communityId, "checkins", CommunityCalendar.FormatDate(date));
}
