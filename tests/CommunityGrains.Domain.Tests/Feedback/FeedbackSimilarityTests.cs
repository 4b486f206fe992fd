using CommunityGrains.Domain.Feedback;

namespace CommunityGrains.Domain.Tests.Feedback;

public sealed class FeedbackSimilarityTests
{
    [Fact]
    public void The_same_complaint_in_other_words_scores_above_the_threshold_and_an_unrelated_one_below()
    {
        Assert.True(FeedbackSimilarity.Score("The playground swing is broken.", "Playground swing broken since Monday") >= FeedbackSimilarity.Threshold);
        Assert.True(FeedbackSimilarity.Score("The playground swing is broken.", "Thank you for the concert!") < FeedbackSimilarity.Threshold);
    }

    [Fact]
    public void Chinese_without_spaces_is_compared_by_characters()
    {
        Assert.True(FeedbackSimilarity.Score("小区停车场的路灯坏了", "停车场的路灯坏了好几天") >= FeedbackSimilarity.Threshold);
        Assert.True(FeedbackSimilarity.Score("小区停车场的路灯坏了", "感谢组织这次音乐会") < FeedbackSimilarity.Threshold);
    }

    [Fact]
    public void Case_and_punctuation_do_not_matter_and_empty_text_matches_nothing()
    {
        Assert.Equal(1.0, FeedbackSimilarity.Score("Broken LIFT!!", "broken lift"));
        Assert.Equal(0, FeedbackSimilarity.Score("", "broken lift"));
    }
}
