using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Domain.Tests.Proposals;

public sealed class TallyCountsTests
{
    [Fact]
    public void A_first_vote_adds_one_to_its_choice() =>
        Assert.Equal(new TallyCounts(1, 0, 0), default(TallyCounts).Replace(null, VoteChoice.For));

    [Fact]
    public void Changing_a_vote_moves_it_between_choices()
    {
        var tally = default(TallyCounts).Replace(null, VoteChoice.For).Replace(VoteChoice.For, VoteChoice.Abstain);
        Assert.Equal(new TallyCounts(0, 0, 1), tally);
        Assert.Equal(1, tally.Total);
    }

    [Fact]
    public void Repeating_the_same_vote_changes_nothing() =>
        Assert.Equal(new TallyCounts(0, 1, 0), new TallyCounts(0, 1, 0).Replace(VoteChoice.Against, VoteChoice.Against));

    [Fact]
    public void Shard_tallies_add_up() =>
        Assert.Equal(new TallyCounts(3, 2, 1), new TallyCounts(1, 2, 0) + new TallyCounts(2, 0, 1));
}
