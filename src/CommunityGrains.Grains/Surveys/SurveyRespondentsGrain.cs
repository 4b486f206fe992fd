using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Surveys;

namespace CommunityGrains.Grains.Surveys;

public sealed class SurveyRespondentsGrain(
    [PersistentState("respondents", StorageNames.Default)] IPersistentState<SurveyRespondentsState> state) : Grain, ISurveyRespondentsGrain
{
    async Task ISurveyRespondentsGrain.Store(IReadOnlyList<string> memberIds)
    {
        var added = false;
        foreach (var memberId in memberIds)
        {
            added |= state.State.MemberIds.Add(memberId);
        }

        if (added)
        {
            await state.WriteStateAsync();
        }
    }

    Task<bool> ISurveyRespondentsGrain.Has(string memberId) => Task.FromResult(state.State.MemberIds.Contains(memberId));
}
