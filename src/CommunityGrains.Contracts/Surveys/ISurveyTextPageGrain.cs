namespace CommunityGrains.Contracts.Surveys;

/// <summary>Key: community/survey/question/page. Up to <see cref="SurveyStorage.TextPageSize"/> free-text answers by slot.</summary>
public interface ISurveyTextPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the text in its slot, replacing what a lost answer may have left there.</summary>
    Task Put(int slot, SurveyText text);

    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyDictionary<int, SurveyText>> Texts();
}
