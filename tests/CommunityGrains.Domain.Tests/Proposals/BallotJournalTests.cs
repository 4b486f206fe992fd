using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Domain.Tests.Proposals;

public sealed class BallotJournalTests
{
    [Fact]
    public void A_small_journal_stays_in_the_box() => Assert.False(BallotJournal.ShouldFlush(BallotJournal.FlushAt - 1));

    [Fact]
    public void A_journal_at_the_threshold_is_moved_to_the_rolls() => Assert.True(BallotJournal.ShouldFlush(BallotJournal.FlushAt));

    [Fact]
    public void Votes_wait_only_once_the_journal_is_full_so_moves_normally_run_behind_the_votes()
    {
        Assert.True(BallotJournal.Limit > BallotJournal.FlushAt);
        Assert.False(BallotJournal.IsFull(BallotJournal.Limit - 1));
        Assert.True(BallotJournal.IsFull(BallotJournal.Limit));
    }
}
