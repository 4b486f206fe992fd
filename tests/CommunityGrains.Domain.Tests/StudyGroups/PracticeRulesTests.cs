using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class PracticeRulesTests
{
    [Fact]
    public void A_peers_approval_is_the_top_rating_and_a_request_for_more_work_the_lowest()
    {
        Assert.Equal(5, PracticeRules.PeerRating(approved: true));
        Assert.Equal(1, PracticeRules.PeerRating(approved: false));
    }

    [Fact]
    public void A_body_past_5000_characters_is_refused_naming_the_field()
    {
        var refused = Assert.Throws<InvalidInputException>(() => PracticeRules.SubmissionBody(new string('b', 5001)));

        Assert.StartsWith("body:", refused.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(366)]
    public void Certificate_days_outside_2_to_365_are_refused(int days)
    {
        Assert.Throws<InvalidInputException>(() => StreakCalculator.CertificateDays(days));
    }
}
