using Orleans.Concurrency;

namespace CommunityGrains.Contracts.Members;

/// <summary>
/// Key: community/member/list (<see cref="MemberLists"/>). The ids of what a member wrote or joined, in the order they
/// did, for their data export: a count here and the ids in pages of <see cref="PageSize"/>, so nothing grows with a
/// member's history and the export reads the member's own pages, never a community.
/// </summary>
public interface IMemberListGrain : IGrainWithStringKey
{
    public const int PageSize = 50;

    /// <summary>Gives the id its place in the list (the same place when sent again) and stores it in its page.</summary>
    Task<long> Append(string id);

    /// <summary>At most <paramref name="count"/> ids after <paramref name="afterSequence"/>, oldest first, with their places.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<KeyValuePair<long, string>>> After(long afterSequence, int count);
}
