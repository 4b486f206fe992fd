namespace CommunityGrains.Contracts.Members;

/// <summary>Key: community/member. The member's record as a helper; each call applies once per key.</summary>
public interface IMemberHelpGrain : IGrainWithStringKey
{
    /// <summary>Counts one completed help (key <c>help:{request}</c>); returns the member's completed helps.</summary>
    Task<int> RecordHelpCompleted(string key);

    /// <summary>Adds stars received as a helper to the mean <c>helperRating</c> (key <c>helper-rating:{request}</c>).</summary>
    Task RecordHelperRating(string key, int stars);
}
