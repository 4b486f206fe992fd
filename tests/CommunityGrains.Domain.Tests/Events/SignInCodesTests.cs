using CommunityGrains.Domain.Events;

namespace CommunityGrains.Domain.Tests.Events;

public sealed class SignInCodesTests
{
    [Fact]
    public void Codes_are_eight_unambiguous_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => SignInCodes.New()).ToList();

        Assert.All(codes, c => Assert.Equal(SignInCodes.Length, c.Length));
        Assert.DoesNotContain(codes, c => c.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("ABCD2345", true)]
    [InlineData("abcd2345", true)]
    [InlineData("ABCD-2345", true)]
    [InlineData("ABCD 2345", true)]
    [InlineData("ABCD2346", false)]
    [InlineData("ABCD234", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_typed_code_matches_forgiving_case_spaces_and_dashes(string? typed, bool matches) =>
        Assert.Equal(matches, SignInCodes.Matches("ABCD2345", typed));
}
