using System.Globalization;
using CommunityGrains.Domain.Discussion;

namespace CommunityGrains.Grains.Discussion;

public static class ThreadPages
{
    public static string Key(string threadKey, long page) => threadKey + "/p" + page.ToString(CultureInfo.InvariantCulture);

    public static string KeyOf(string threadKey, long sequence) => Key(threadKey, sequence / CommentRules.PageSize);
}
