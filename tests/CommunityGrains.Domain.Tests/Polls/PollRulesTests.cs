using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Polls;

namespace CommunityGrains.Domain.Tests.Polls;

public sealed class PollRulesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(21)]
    public void A_poll_has_2_to_20_options(int count) =>
        Assert.StartsWith("input.options", Assert.Throws<InvalidInputException>(() => PollRules.OptionCount(count)).Message);

    [Theory]
    [InlineData(PollStatus.Draft, PollStatus.Open, true)]
    [InlineData(PollStatus.Open, PollStatus.Closed, true)]
    [InlineData(PollStatus.Draft, PollStatus.Closed, true)]
    [InlineData(PollStatus.Closed, PollStatus.Open, false)]
    [InlineData(PollStatus.Open, PollStatus.Open, false)]
    [InlineData(PollStatus.Closed, PollStatus.Closed, false)]
    public void Polls_open_once_and_close_once(PollStatus from, PollStatus to, bool allowed)
    {
        if (allowed)
        {
            Assert.Equal(to, PollRules.Next(from, to));
        }
        else
        {
            Assert.Throws<InvalidInputException>(() => PollRules.Next(from, to));
        }
    }

    [Fact]
    public void A_label_from_a_text_is_its_first_line_cut_to_a_title()
    {
        Assert.Equal("More benches.", PollRules.LabelOf("  More benches.\nThe old ones are broken."));
        var cut = PollRules.LabelOf(new string('a', 300));
        Assert.Equal(InputLimits.MaxTitleLength, cut.Length);
        Assert.EndsWith("…", cut);
    }
}
