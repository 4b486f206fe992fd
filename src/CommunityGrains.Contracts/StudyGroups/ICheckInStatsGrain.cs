namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Key: the community id. Finds "today" in the community's time zone and reads that day's counter.</summary>
public interface ICheckInStatsGrain : IGrainWithStringKey
{
    Task<int> CheckInsToday();
}
