using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Tests.Common;

public sealed class CursorTests
{
    [Fact]
    public void A_cursor_round_trips() =>
        Assert.Equal(42, Cursor.DecodeNumber("points", Cursor.Encode("points", 42)));

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("")]
    [InlineData("cG9pbnRzOg")]
    public void Cursors_we_did_not_issue_are_refused(string cursor) =>
        Assert.Throws<InvalidInputException>(() => Cursor.DecodeNumber("points", cursor));

    [Fact]
    public void A_cursor_of_another_list_is_refused() =>
        Assert.Throws<InvalidInputException>(() => Cursor.DecodeNumber("points", Cursor.Encode("proposals", 3)));
}
