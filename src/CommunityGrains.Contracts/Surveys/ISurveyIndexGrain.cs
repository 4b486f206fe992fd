namespace CommunityGrains.Contracts.Surveys;

/// <summary>Key: community. Every survey in a small entry, up to a cap, for "my surveys" and an event's surveys.</summary>
public interface ISurveyIndexGrain : IGrainWithStringKey
{
    /// <summary>Refuses a new survey past the cap (CONFLICT); a listed one is always updated.</summary>
    Task Upsert(SurveyIndexEntry entry);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SurveyIndexEntry>> Entries();
}
