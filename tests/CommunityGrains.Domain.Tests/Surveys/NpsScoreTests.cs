using CommunityGrains.Domain.Surveys;

namespace CommunityGrains.Domain.Tests.Surveys;

public sealed class NpsScoreTests
{
    [Fact]
    public void Nps_is_percent_promoters_minus_percent_detractors()
    {
        // 0..10: three detractors (0, 3, 6), two passives (7, 8), five promoters (9, 9, 10, 10, 10).
        int[] counts = [1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 3];

        var score = NpsScore.Of(counts);

        Assert.Equal((5, 2, 3), (score.Promoters, score.Passives, score.Detractors));
        Assert.Equal(20.0, score.Nps);
    }

    [Fact]
    public void All_promoters_is_100_all_detractors_is_minus_100_and_no_answers_is_none()
    {
        Assert.Equal(100.0, NpsScore.Of([0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1]).Nps);
        Assert.Equal(-100.0, NpsScore.Of([2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]).Nps);
        Assert.Null(NpsScore.Of(new int[11]).Nps);
    }

    [Fact]
    public void Thirds_are_not_rounded()
    {
        Assert.Equal(100.0 / 3, NpsScore.Of([1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]).Nps!.Value, 12);
    }
}
