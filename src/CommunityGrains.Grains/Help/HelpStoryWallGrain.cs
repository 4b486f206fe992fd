using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// The story wall: the community's completed helps, newest first; their ratings and comments are read from the requests.
/// Reentrant with group commit: completions across the community share writes, and a listed request may report back.
/// </summary>
[Reentrant]
public sealed class HelpStoryWallGrain : Grain, IHelpStoryWallGrain
{
    /// <summary>The wall shows the newest stories; older ones stay on their requests, so one write never grows with the years.</summary>
    public const int Kept = 500;

    private const string CursorKind = "helpStories";

    private readonly IPersistentState<HelpStoryWallState> _state;
    private readonly GroupCommit _commit;

    public HelpStoryWallGrain([PersistentState("helpStoryWall", StorageNames.Default)] IPersistentState<HelpStoryWallState> state)
    {
        _state = state;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private string CommunityId => this.Key().CommunityId;

    Task IHelpStoryWallGrain.Add(HelpStory story)
    {
        var stories = _state.State.Stories;
        if (!stories.TryAdd(story.RequestId, story))
        {
            return _commit.Unchanged();
        }

        foreach (var oldest in stories.Values.OrderByDescending(s => s.CompletedAt).Skip(Kept).Select(s => s.RequestId).ToList())
        {
            stories.Remove(oldest);
        }

        return _commit.WriteAsync();
    }

    Task<Page<HelpRequestView>> IHelpStoryWallGrain.List(int first, string? after) =>
        HelpRequestPages.Read(GrainFactory, CommunityId, CursorKind, _state.State.Stories.Values.Select(s => (s.RequestId, s.CompletedAt)).ToList(), first, after);
}
