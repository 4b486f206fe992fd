using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Tests.Common;

public sealed class InputLimitsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("has space")]
    [InlineData("tab\there")]
    public void Ids_that_could_break_a_grain_key_are_refused(string id) =>
        Assert.Throws<InvalidInputException>(() => InputLimits.Id(id, "id"));

    [Fact]
    public void An_id_may_be_64_characters_but_not_65()
    {
        Assert.Equal(64, InputLimits.Id(new string('x', 64), "id").Length);
        Assert.Throws<InvalidInputException>(() => InputLimits.Id(new string('x', 65), "id"));
    }

    [Fact]
    public void Lengths_count_what_people_see_so_emoji_are_one_character()
    {
        var eighty = string.Concat(Enumerable.Repeat("🌸", 80));
        Assert.Equal(eighty, InputLimits.Name(eighty, "name"));
        Assert.Throws<InvalidInputException>(() => InputLimits.Name(eighty + "🌸", "name"));
    }

    [Fact]
    public void The_message_names_the_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => InputLimits.Title("", "input.title"));
        Assert.StartsWith("input.title", error.Message);
    }

    [Fact]
    public void Tags_are_lower_cased_and_deduplicated() =>
        Assert.Equal(["ladder", "tools"], InputLimits.Tags(["Ladder", "ladder ", "TOOLS"], "tags"));

    [Fact]
    public void At_most_ten_tags() =>
        Assert.Throws<InvalidInputException>(() => InputLimits.Tags(Enumerable.Range(0, 11).Select(i => "t" + i), "tags"));

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("Asia/Shanghai")]
    [InlineData("UTC")]
    public void Iana_time_zones_are_accepted(string zone) =>
        Assert.Equal(zone, InputLimits.TimeZone(zone, "timeZone").Id);

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("China Standard Time")]
    public void Unknown_or_windows_time_zones_are_refused(string zone) =>
        Assert.Throws<InvalidInputException>(() => InputLimits.TimeZone(zone, "timeZone"));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Page_sizes_are_between_1_and_100(int size) =>
        Assert.Throws<InvalidInputException>(() => InputLimits.PageSize(size));
}
