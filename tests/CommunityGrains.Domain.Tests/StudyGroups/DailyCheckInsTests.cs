using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class DailyCheckInsTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);
    private static readonly DateOnly Tuesday = Monday.AddDays(1);

    [Fact]
    public void A_member_counts_each_first_check_in_of_the_day()
    {
        var counted = DailyCheckIns.Add(null, Monday);
        counted = DailyCheckIns.Add(counted, Monday);

        Assert.Equal((Monday, 2), counted);
    }

    [Fact]
    public void A_new_day_starts_the_count_again()
    {
        Assert.Equal((Tuesday, 1), DailyCheckIns.Add((Monday, 3), Tuesday));
    }

    [Fact]
    public void A_late_check_in_of_an_earlier_day_leaves_the_count_of_a_later_one()
    {
        Assert.Equal((Tuesday, 1), DailyCheckIns.Add((Tuesday, 1), Monday));
    }

    [Fact]
    public void A_shard_sums_its_members_counts_for_the_day()
    {
        DateOnly? day = null;
        var counts = new Dictionary<string, int>();

        Assert.True(DailyCheckIns.Record(ref day, counts, "alice", Monday, 1));
        Assert.True(DailyCheckIns.Record(ref day, counts, "bob", Monday, 2));
        Assert.True(DailyCheckIns.Record(ref day, counts, "alice", Monday, 2));

        Assert.Equal(4, DailyCheckIns.TotalOn(day, counts.Values, Monday));
    }

    [Fact]
    public void A_repeated_or_late_report_changes_nothing()
    {
        DateOnly? day = null;
        var counts = new Dictionary<string, int>();
        DailyCheckIns.Record(ref day, counts, "alice", Monday, 2);

        Assert.False(DailyCheckIns.Record(ref day, counts, "alice", Monday, 2));
        Assert.False(DailyCheckIns.Record(ref day, counts, "alice", Monday, 1));
        Assert.Equal(2, DailyCheckIns.TotalOn(day, counts.Values, Monday));
    }

    [Fact]
    public void A_later_day_replaces_the_tally_and_an_earlier_one_is_ignored()
    {
        DateOnly? day = null;
        var counts = new Dictionary<string, int>();
        DailyCheckIns.Record(ref day, counts, "alice", Monday, 3);

        Assert.True(DailyCheckIns.Record(ref day, counts, "bob", Tuesday, 1));
        Assert.False(DailyCheckIns.Record(ref day, counts, "carol", Monday, 1));

        Assert.Equal(1, DailyCheckIns.TotalOn(day, counts.Values, Tuesday));
        Assert.Equal(0, DailyCheckIns.TotalOn(day, counts.Values, Monday));
    }

    [Fact]
    public void A_tally_of_an_earlier_day_counts_nothing_today()
    {
        Assert.Equal(0, DailyCheckIns.TotalOn(Monday, [5], Tuesday));
        Assert.Equal(0, DailyCheckIns.TotalOn(null, [], Tuesday));
    }
}
