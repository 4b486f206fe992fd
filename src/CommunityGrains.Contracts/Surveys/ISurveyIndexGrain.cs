namespace CommunityGrains.Contracts.Surveys;

/// <summary>
/// Key: see <see cref="KeyFor"/>. Surveys in a small entry each, up to a cap, for "my surveys" and an event's surveys.
/// A one-member survey (a feedback follow-up) is listed only for its member, so follow-ups, which come with every
/// resolved item, never fill the community's list.
/// </summary>
public interface ISurveyIndexGrain : IGrainWithStringKey
{
    /// <summary>The community's index (community and event surveys) or, for one member's survey, that member's.</summary>
    static string KeyFor(string communityId, SurveyAudience audience) =>
        audience.MemberId is { } memberId ? Common.GrainKeys.Of(communityId, memberId) : communityId;

    /// <summary>Refuses a new survey past the cap (CONFLICT); a listed one is always updated.</summary>
    Task Upsert(SurveyIndexEntry entry);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SurveyIndexEntry>> Entries();
}
