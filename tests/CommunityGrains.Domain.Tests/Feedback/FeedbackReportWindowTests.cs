using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackReportWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_dates_a_report_covers_the_last_30_days() =>
        Assert.Equal((Now.AddDays(-30), Now), FeedbackReport.Window(null, null, Now));

    [Fact]
    public void Without_from_a_report_ends_at_to_and_covers_30_days() =>
        Assert.Equal((Now.AddDays(-40), Now.AddDays(-10)), FeedbackReport.Window(null, Now.AddDays(-10), Now));

    [Fact]
    public void A_window_that_ends_before_it_starts_or_spans_more_than_366_days_names_from()
    {
        Assert.Equal("from", Assert.Throws<InvalidInputException>(() => FeedbackReport.Window(Now, Now, Now)).Field);
        Assert.Equal("from", Assert.Throws<InvalidInputException>(() => FeedbackReport.Window(Now.AddDays(-367), Now, Now)).Field);
    }

    /// <summary>Found by the schema fuzzer: the 30 days before year 1 are not a date, and the report failed unexpectedly.</summary>
    [Fact]
    public void Dates_at_the_edge_of_the_calendar_are_refused_by_name()
    {
        Assert.Equal("to", Assert.Throws<InvalidInputException>(() => FeedbackReport.Window(null, DateTimeOffset.MinValue, Now)).Field);
        Assert.Equal("to", Assert.Throws<InvalidInputException>(() => FeedbackReport.Window(null, FeedbackReport.Earliest, Now)).Field);
        Assert.Equal("from", Assert.Throws<InvalidInputException>(() => FeedbackReport.Window(DateTimeOffset.MinValue, Now, Now)).Field);
    }
}
