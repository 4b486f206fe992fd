using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>The keys of a day's legacy counter shards (<see cref="ICheckInCounterGrain"/>), 64 split by group.</summary>
public static class CheckInCounterKey
{
    public const int Shards = 64;

    public static IEnumerable<string> AllOf(string communityId, DateOnly date) =>
        Enumerable.Range(0, Shards).Select(shard => Of(communityId, date, (uint)shard));

    private static string Of(string communityId, DateOnly date, uint shard) =>
        GrainKeys.Of(communityId, "checkins", CommunityCalendar.FormatDate(date) + "/" + shard.ToString(CultureInfo.InvariantCulture));
}
