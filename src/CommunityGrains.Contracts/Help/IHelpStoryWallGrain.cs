using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Help;

/// <summary>Key: community/help-stories. The community's completed helps, newest first (the newest <c>Kept</c>).</summary>
public interface IHelpStoryWallGrain : IGrainWithStringKey
{
    /// <summary>A story already on the wall is not added again.</summary>
    Task Add(HelpStory story);

    Task<Page<HelpRequestView>> List(int first, string? after);
}
