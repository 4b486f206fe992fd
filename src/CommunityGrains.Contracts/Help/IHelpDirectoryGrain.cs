namespace CommunityGrains.Contracts.Help;

/// <summary>Key: the community id. Stateless: fans a query out to the few grains that hold the answer.</summary>
public interface IHelpDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Reads only the area cells that cover the radius.</summary>
    Task<IReadOnlyList<HelpCandidateView>> Near(HelpSearch search);

    Task<int> OpenRequests();
}
