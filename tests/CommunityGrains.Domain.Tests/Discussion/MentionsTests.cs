using CommunityGrains.Domain.Discussion;

namespace CommunityGrains.Domain.Tests.Discussion;

public sealed class MentionsTests
{
    [Fact]
    public void Mentions_end_at_whitespace_and_trailing_punctuation_and_repeat_once()
    {
        Assert.Equal(["bob", "carol", "小明"], Mentions.In("Hi @bob, ask @carol. And @bob again, @小明!"));
    }

    [Fact]
    public void Email_addresses_are_not_mentions()
    {
        Assert.Empty(Mentions.In("write to alice@example.com"));
    }
}
