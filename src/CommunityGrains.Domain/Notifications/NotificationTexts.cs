using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Incentives;

namespace CommunityGrains.Domain.Notifications;

/// <summary>
/// The human-readable text of a notification in the community's language. Causes pass the few facts the text needs
/// (a title, a status, a badge); the text is written once, when the notification is raised.
/// </summary>
public static class NotificationTexts
{
    public static string Render(NotificationKind kind, string language, IReadOnlyDictionary<string, string> facts)
    {
        string F(string name) => facts.TryGetValue(name, out var value) ? value : "";
        var zh = language == CommunityLanguage.Chinese;
        return kind switch
        {
            NotificationKind.Mention => zh ? $"{F("by")} 在评论中提到了你：{F("excerpt")}" : $"{F("by")} mentioned you: {F("excerpt")}",
            NotificationKind.CommentReply => zh ? $"{F("by")} 回复了你的评论：{F("excerpt")}" : $"{F("by")} replied to your comment: {F("excerpt")}",
            NotificationKind.FeedbackAssigned => zh ? "一条反馈已分配给你处理。" : "A feedback item was assigned to you.",
            NotificationKind.FeedbackReplied => zh ? "你的反馈收到了回复。" : "Your feedback received a reply.",
            NotificationKind.FeedbackResolved => zh ? "你的反馈已解决。" : "Your feedback was resolved.",
            NotificationKind.FeedbackAtRisk => zh ? "一条反馈即将超过处理期限。" : "A feedback item is close to its due date.",
            NotificationKind.FeedbackOverdue => zh ? "一条反馈已超过处理期限。" : "A feedback item is overdue.",
            NotificationKind.ProposalStatus => zh ? $"提案「{F("title")}」的状态变为 {F("status")}。" : $"The proposal \"{F("title")}\" is now {F("status")}.",
            NotificationKind.HelpVolunteer => zh ? $"{F("by")} 愿意帮助你的求助。" : $"{F("by")} volunteered for your help request.",
            NotificationKind.HelpAccepted => zh ? "你被接受为帮助者。" : "You were accepted as the helper.",
            NotificationKind.HelpMatch => zh ? "附近有一条与你匹配的新求助。" : "A new help request near you matches you.",
            NotificationKind.BadgeAwarded => zh ? $"你获得了徽章「{BadgeName(F("badge"), language)}」。" : $"You earned the badge \"{BadgeName(F("badge"), language)}\".",
            NotificationKind.StarOfTheMonth => zh ? $"你当选 {F("month")} 的月度之星（{F("category")}）。" : $"You are a star of the month {F("month")} ({F("category")}).",
            NotificationKind.StreakAtRisk => zh ? $"你在学习小组的 {F("streak")} 天连续打卡今天还没有继续。" : $"Your {F("streak")}-day check-in streak ends today unless you check in.",
            NotificationKind.EventReminder => zh ? $"活动「{F("title")}」明天开始。" : $"The event \"{F("title")}\" is tomorrow.",
            NotificationKind.SurveyInvitation => zh ? $"邀请你参加问卷「{F("title")}」。" : $"You are invited to the survey \"{F("title")}\".",
            NotificationKind.TierReached => zh ? $"你已升级到 {F("tier")}。" : $"You reached the tier {F("tier")}.",
            NotificationKind.WaitlistPromoted => zh ? $"活动「{F("title")}」有空位了，你已从候补转为正式报名。" : $"A seat opened up: you are now registered for \"{F("title")}\".",
            NotificationKind.CommentHidden => zh ? $"版主隐藏了你的评论，原因：{F("reason")}" : $"A moderator hid your comment: {F("reason")}",
            NotificationKind.PointsAdjusted => zh ? $"版主调整了你的积分 {F("points")}，原因：{F("reason")}" : $"A moderator adjusted your points by {F("points")}: {F("reason")}",
            _ => kind.ToString(),
        };
    }

    /// <summary>An automatic badge by its name in the community's language; a badge the community defined by its id.</summary>
    private static string BadgeName(string badgeId, string language) => AutomaticBadges.Find(badgeId, language)?.Name ?? badgeId;

    /// <summary>The start of a comment, as quoted in a mention or reply notification.</summary>
    public static string Excerpt(string body, int length = 80)
    {
        var info = new System.Globalization.StringInfo(body);
        return info.LengthInTextElements <= length ? body : info.SubstringByTextElements(0, length) + "…";
    }
}
