using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackPositionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public void A_position_survives_its_cursor()
    {
        var position = new FeedbackPosition(At, "fb-1");

        Assert.Equal(position, FeedbackPosition.Decode("feedback", position.Encode("feedback")));
    }

    [Fact]
    public void Newer_items_come_first_and_the_id_breaks_ties()
    {
        var newer = new FeedbackPosition(At.AddSeconds(1), "a");
        var older = new FeedbackPosition(At, "b");
        var sameTimeLowerId = new FeedbackPosition(At, "a");

        Assert.Equal([newer, older, sameTimeLowerId], new[] { sameTimeLowerId, older, newer }.Order().ToArray());
        Assert.True(older.IsAfter(newer));
    }

    [Fact]
    public void A_cursor_of_another_listing_is_refused()
    {
        var cursor = new FeedbackPosition(At, "x").Encode("board");

        Assert.Throws<InvalidInputException>(() => FeedbackPosition.Decode("feedback", cursor));
    }
}
