using CommunityGrains.Contracts.Members;

namespace CommunityGrains.Grains.Members;

public sealed partial class MemberGrain : IMemberHelpGrain
{
    async Task<int> IMemberHelpGrain.RecordHelpCompleted(string key)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.HelpsCompleted++;
            await state.WriteStateAsync();
        }

        return S.HelpsCompleted;
    }

    async Task IMemberHelpGrain.RecordRequesterRating(string key, int stars)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.RequesterStarsSum += stars;
            S.RequesterRatings++;
            await state.WriteStateAsync();
        }
    }

    async Task<int> IMemberHelpGrain.RecordOfferPosted(string key)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.OffersPosted++;
            await state.WriteStateAsync();
        }

        return S.OffersPosted;
    }

    async Task IMemberHelpGrain.RecordHelperRating(string key, int stars)
    {
        RequireJoined();
        if (S.HelpKeys.Add(key))
        {
            S.HelperStarsSum += stars;
            S.HelperRatings++;
            await state.WriteStateAsync();
        }
    }
}
