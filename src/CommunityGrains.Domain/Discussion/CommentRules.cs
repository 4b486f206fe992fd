namespace CommunityGrains.Domain.Discussion;

public static class CommentRules
{
    /// <summary>How long the author may edit a comment after posting it.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    /// <summary>Comment ids per page grain: reading a page reads one page grain (or two) whatever the thread's length.</summary>
    public const int PageSize = 50;

    public static bool MayEdit(DateTimeOffset createdAt, DateTimeOffset now) => now - createdAt <= EditWindow;

    public const int MaxReasonLength = 500;
}
