namespace CommunityGrains.Domain.Proposals;

/// <summary>
/// Bounds on a proposal ballot box's journal (the vote changes not yet moved to the voter rolls). Every batch write
/// of the box carries the whole journal, so it must stay small however large the electorate: from
/// <see cref="FlushAt"/> entries a write also moves the journal to the rolls, and at <see cref="Limit"/> new votes
/// wait for that move instead of growing the journal further.
/// </summary>
public static class BallotJournal
{
    public const int FlushAt = 512;

    public const int Limit = 4096;

    public static bool ShouldFlush(int entries) => entries >= FlushAt;

    public static bool IsFull(int entries) => entries >= Limit;
}
