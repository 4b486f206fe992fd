using CommunityGrains.Domain.Discussion;

namespace CommunityGrains.Domain.Tests.Discussion;

public sealed class DiscussionAllowanceTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    [Fact]
    public void A_thread_earns_once_a_day()
    {
        var (first, after) = DiscussionAllowance.None.Comment("Proposal:p1", Today, 3);
        var (second, _) = after.Comment("Proposal:p1", Today, 3);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void At_most_the_daily_number_of_threads_earn_and_a_new_day_starts_afresh()
    {
        var allowance = DiscussionAllowance.None;
        var earned = new List<bool>();
        foreach (var thread in new[] { "a", "b", "c", "d" })
        {
            (var earns, allowance) = allowance.Comment(thread, Today, 3);
            earned.Add(earns);
        }

        Assert.Equal([true, true, true, false], earned);
        Assert.True(allowance.Comment("a", Today.AddDays(1), 3).Earns);
    }
}
