using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Surveys;

namespace CommunityGrains.Grains.Surveys;

public sealed class SurveyTextPageGrain(
    [PersistentState("texts", StorageNames.Default)] IPersistentState<SurveyTextPageState> state) : Grain, ISurveyTextPageGrain
{
    async Task ISurveyTextPageGrain.Put(int slot, SurveyText text)
    {
        state.State.Texts[slot] = text;
        await state.WriteStateAsync();
    }

    Task<IReadOnlyDictionary<int, SurveyText>> ISurveyTextPageGrain.Texts() =>
        Task.FromResult<IReadOnlyDictionary<int, SurveyText>>(new Dictionary<int, SurveyText>(state.State.Texts));
}
