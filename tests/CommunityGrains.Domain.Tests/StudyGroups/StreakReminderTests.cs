using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class StreakReminderTests
{
    private static readonly DateOnly Today = new(2026, 11, 5);
    private static readonly CommunityCalendar Shanghai = CommunityCalendar.For("Asia/Shanghai");

    [Theory]
    [InlineData(3, -1, true)]
    [InlineData(2, -1, false)]
    [InlineData(5, 0, false)]
    [InlineData(5, -2, false)]
    public void A_streak_of_three_or_more_not_continued_today_is_at_risk(int current, int lastDaysAgo, bool atRisk)
    {
        Assert.Equal(atRisk, StreakReminder.AtRisk(new Streak(current, current, Today.AddDays(lastDaysAgo)), Today));
    }

    [Fact]
    public void The_round_is_at_eight_in_the_evening_local_time_and_moves_to_tomorrow_once_done()
    {
        var morning = new DateTimeOffset(2026, 11, 5, 1, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero), StreakReminder.NextRound(Shanghai, morning, lastRound: Today.AddDays(-1)));
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 12, 0, 0, TimeSpan.Zero), StreakReminder.NextRound(Shanghai, morning, lastRound: Today));
    }

    [Fact]
    public void A_group_stays_watched_while_a_streak_of_three_can_still_be_continued()
    {
        Assert.True(StreakReminder.Alive(new Streak(3, 3, Today.AddDays(-1)), Today));
        Assert.False(StreakReminder.Alive(new Streak(3, 3, Today.AddDays(-2)), Today));
        Assert.False(StreakReminder.Alive(new Streak(2, 9, Today), Today));
    }
}
