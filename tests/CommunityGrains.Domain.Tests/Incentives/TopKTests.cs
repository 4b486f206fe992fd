using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Domain.Tests.Incentives;

public sealed class TopKTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 10, 200)]
    [InlineData(2, 50, 2_000)]
    [InlineData(3, 500, 20_000)]
    [InlineData(4, 1_000, 50_000)]
    public void The_top_k_equals_a_brute_force_ranking_of_every_total(int seed, int members, int pushes)
    {
        var random = new Random(seed);
        var top = new TopK(capacity: 100);
        var totals = new Dictionary<string, RankedScore>();
        var now = Start;
        for (var i = 0; i < pushes; i++)
        {
            now = now.AddSeconds(random.Next(0, 3));
            var member = "m" + random.Next(members);
            // Small whole increments make ties frequent, which is where ranking by time matters.
            var score = (totals.GetValueOrDefault(member)?.Score ?? 0) + random.Next(1, 4);
            var pushed = new RankedScore(member, score, now);
            totals[member] = pushed;
            if (top.Threshold is not { } threshold || score >= threshold)
            {
                top.Push(pushed);
            }
        }

        var expected = totals.Values.OrderBy(s => s, TopK.RankOrder.Instance).Take(100).ToList();
        Assert.Equal(expected, top.Entries);
    }

    [Fact]
    public void Ties_rank_whoever_reached_the_score_first_higher()
    {
        var top = new TopK(capacity: 3);
        top.Push(new RankedScore("late", 10, Start.AddMinutes(5)));
        top.Push(new RankedScore("early", 10, Start));

        Assert.Equal(["early", "late"], top.Entries.Select(e => e.MemberId));
    }

    [Fact]
    public void The_threshold_is_unknown_until_the_board_is_full_and_then_the_kth_score()
    {
        var top = new TopK(capacity: 2);
        top.Push(new RankedScore("a", 5, Start));
        Assert.Null(top.Threshold);

        top.Push(new RankedScore("b", 7, Start));
        top.Push(new RankedScore("c", 9, Start));

        Assert.Equal(7, top.Threshold);
        Assert.Equal(["c", "b"], top.Entries.Select(e => e.MemberId));
    }

    [Fact]
    public void A_member_pushing_a_higher_total_moves_up_instead_of_appearing_twice()
    {
        var top = new TopK(capacity: 5);
        top.Push(new RankedScore("a", 5, Start));
        top.Push(new RankedScore("b", 7, Start));
        top.Push(new RankedScore("a", 9, Start.AddMinutes(1)));

        Assert.Equal([("a", 9.0), ("b", 7.0)], top.Entries.Select(e => (e.MemberId, e.Score)));
    }

    [Fact]
    public void A_repeated_push_changes_nothing()
    {
        var top = new TopK(capacity: 5);
        var score = new RankedScore("a", 5, Start);
        Assert.True(top.Push(score));
        Assert.False(top.Push(score));
    }
}
