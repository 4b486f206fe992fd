using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class GoalTermsTests
{
    [Fact]
    public void English_splits_into_lower_case_words_without_stop_words()
    {
        Assert.Equal(["b1", "exam", "pass", "spanish"], GoalTerms.Of("Pass the Spanish B1 exam!").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_run_of_chinese_characters_gives_its_overlapping_pairs()
    {
        Assert.Equal(["日语", "考试", "语考"], GoalTerms.Of("日语考试").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_lone_chinese_character_is_a_term_of_its_own()
    {
        Assert.Equal(["go", "学"], GoalTerms.Of("学 Go").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Mixed_text_splits_where_the_script_changes()
    {
        Assert.Equal(["ielts", "考试", "雅思"], GoalTerms.Of("IELTS考试，雅思").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Full_width_letters_match_their_ascii_form()
    {
        Assert.Equal(["ielts"], GoalTerms.Of("ＩＥＬＴＳ"));
    }
}
