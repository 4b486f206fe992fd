using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// The member's own requests and their stored status, so <c>myHelpRequests</c> filters by status without reading every
/// request. Reentrant: a listed request may report its status back while the list reads it.
/// </summary>
[Reentrant]
public sealed class MemberHelpRequestsGrain : Grain, IMemberHelpRequestsGrain
{
    /// <summary>Older requests leave the list (not the community), so one write stays small however much a member posts.</summary>
    public const int Kept = 200;

    private const string CursorKind = "myHelpRequests";

    private readonly IPersistentState<MemberHelpRequestsState> _state;
    private readonly TimeProvider _time;
    private readonly GroupCommit _commit;

    public MemberHelpRequestsGrain([PersistentState("memberHelpRequests", StorageNames.Default)] IPersistentState<MemberHelpRequestsState> state, TimeProvider time)
    {
        _state = state;
        _time = time;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private string CommunityId => this.Key().CommunityId;

    Task IMemberHelpRequestsGrain.Record(HelpRequestListing listing)
    {
        var entries = _state.State.Entries;
        if (entries.TryGetValue(listing.RequestId, out var current) && current == listing)
        {
            return _commit.Unchanged();
        }

        entries[listing.RequestId] = listing;
        foreach (var oldest in entries.Values.OrderByDescending(e => e.CreatedAt).Skip(Kept).Select(e => e.RequestId).ToList())
        {
            entries.Remove(oldest);
        }

        return _commit.WriteAsync();
    }

    Task<Page<HelpRequestView>> IMemberHelpRequestsGrain.List(int first, string? after, HelpStatus? status)
    {
        var now = _time.GetUtcNow();
        var matching = _state.State.Entries.Values
            .Where(e => status is null || Effective(e, now) == status)
            .Select(e => (e.RequestId, e.CreatedAt))
            .ToList();
        return HelpRequestPages.Read(GrainFactory, CommunityId, CursorKind, matching, first, after);
    }

    private static HelpStatus Effective(HelpRequestListing listing, DateTimeOffset now) =>
        listing.Status == HelpStatus.Open && now >= listing.ExpiresAt ? HelpStatus.Expired : listing.Status;
}
