namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Key: the community id. Finds "today" in the community's time zone and sums that day's check-ins over the roster shards.</summary>
public interface ICheckInStatsGrain : IGrainWithStringKey
{
    Task<int> CheckInsToday();
}
