using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Surveys;

namespace CommunityGrains.Grains.Surveys;

public sealed class SurveyIndexGrain(
    [PersistentState("surveyIndex", StorageNames.Default)] IPersistentState<SurveyIndexState> state) : Grain, ISurveyIndexGrain
{
    public const int MaxSurveys = 2_000;

    async Task ISurveyIndexGrain.Upsert(SurveyIndexEntry entry)
    {
        var entries = state.State.Entries;
        if (entries.TryGetValue(entry.SurveyId, out var stored) && stored == entry)
        {
            return;
        }

        if (stored is null && entries.Count >= MaxSurveys)
        {
            throw DomainException.Conflict($"This community has {MaxSurveys} surveys, the most it can list.");
        }

        entries[entry.SurveyId] = entry;
        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<SurveyIndexEntry>> ISurveyIndexGrain.Entries() =>
        Task.FromResult<IReadOnlyList<SurveyIndexEntry>>(state.State.Entries.Values.OrderBy(e => e.CreatedAt).ToList());
}
