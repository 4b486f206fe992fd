using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Domain.Members;

namespace CommunityGrains.Domain.Tests.Members;

public sealed class SystemTextsTests
{
    [Fact]
    public void Every_kind_has_a_chinese_text_distinct_from_the_english_one()
    {
        foreach (var kind in Enum.GetValues<SystemTextKind>().Where(k => k != SystemTextKind.Verbatim))
        {
            string[] facts = ["x", "y", "z", "w"];
            Assert.NotEqual(SystemTexts.Render(kind, CommunityLanguage.English, facts), SystemTexts.Render(kind, CommunityLanguage.Chinese, facts));
        }
    }

    [Fact]
    public void A_persons_words_are_kept_as_given_in_any_language()
    {
        Assert.Equal("Thanks for the garden", SystemTexts.Render(SystemTextKind.Verbatim, CommunityLanguage.Chinese, ["Thanks for the garden"]));
    }

    [Fact]
    public void Automatic_badges_have_a_chinese_name_for_every_id()
    {
        var english = AutomaticBadges.In(CommunityLanguage.English);
        var chinese = AutomaticBadges.In(CommunityLanguage.Chinese);

        Assert.Equal(english.Select(b => b.Id), chinese.Select(b => b.Id));
        Assert.All(english.Zip(chinese), pair => Assert.NotEqual(pair.First.Name, pair.Second.Name));
        Assert.Equal("邻里达人", AutomaticBadges.Find(AutomaticBadges.NeighborExpert, CommunityLanguage.Chinese)!.Name);
    }
}
