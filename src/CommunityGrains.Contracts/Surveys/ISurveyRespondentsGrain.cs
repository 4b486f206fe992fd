namespace CommunityGrains.Contracts.Surveys;

/// <summary>Key: community/survey/shard. Who has answered, without their answers.</summary>
public interface ISurveyRespondentsGrain : IGrainWithStringKey
{
    /// <summary>Adds the members; adding one again is harmless.</summary>
    Task Store(IReadOnlyList<string> memberIds);

    [Orleans.Concurrency.ReadOnly]
    Task<bool> Has(string memberId);
}
