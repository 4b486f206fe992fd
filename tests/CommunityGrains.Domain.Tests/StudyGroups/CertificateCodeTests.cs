using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class CertificateCodeTests
{
    [Fact]
    public void A_new_code_has_the_printed_shape()
    {
        Assert.Matches("^CG(-[A-HJ-NP-Z2-9]{4}){7}$", CertificateCode.New());
    }

    [Fact]
    public void Codes_do_not_repeat()
    {
        Assert.Equal(10_000, Enumerable.Range(0, 10_000).Select(_ => CertificateCode.New()).Distinct().Count());
    }

    [Fact]
    public void A_code_typed_in_lower_case_or_with_spaces_reads_as_printed()
    {
        var code = CertificateCode.New();

        Assert.Equal(code, CertificateCode.Normalize(" " + code.ToLowerInvariant() + " "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CG-")]
    [InlineData("XX-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD")]
    [InlineData("CG-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABC1")]
    [InlineData("CG-ABCD-ABCD-ABCD-ABCD-ABCD-ABCDABCD")]
    [InlineData("CG-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD")]
    public void Anything_else_is_not_a_code(string? text)
    {
        Assert.Null(CertificateCode.Normalize(text));
    }
}
