using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Domain.Tests.Incentives;

public sealed class StarRulesTests
{
    private static readonly CommunityCalendar Shanghai = CommunityCalendar.For("Asia/Shanghai");

    [Fact]
    public void November_in_Shanghai_ends_at_16_00_UTC_on_the_30th()
    {
        var end = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);
        Assert.Throws<InvalidInputException>(() => StarRules.RequireEnded("2026-11", Shanghai, end.AddSeconds(-1)));
        StarRules.RequireEnded("2026-11", Shanghai, end);
    }

    [Fact]
    public void An_instant_after_16_00_UTC_on_the_30th_of_November_is_December_in_Shanghai() =>
        Assert.Equal("2026-12", Shanghai.MonthOf(new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-11-01")]
    [InlineData("nov")]
    [InlineData("2026/11")]
    public void Months_must_be_YYYY_MM(string month) =>
        Assert.Throws<InvalidInputException>(() => StarRules.Month(month));
}
