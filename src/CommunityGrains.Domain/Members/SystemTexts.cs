using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Members;

/// <summary>
/// Texts the system writes into a member's record (ledger reasons, badge reasons, the anonymised name), in the
/// community's language. They are rendered when written, unlike badge names: a ledger line is history that quotes facts
/// of its moment (a title, a group's name) which may change or vanish later, so it keeps the words it was written with.
/// </summary>
public static class SystemTexts
{
    public static string FormerMember(string language) => language == CommunityLanguage.Chinese ? "已退出的成员" : "Former member";

    public static string Render(SystemTextKind kind, string language, IReadOnlyList<string> facts)
    {
        string F(int index) => index < facts.Count ? facts[index] : "";
        var zh = language == CommunityLanguage.Chinese;
        return kind switch
        {
            SystemTextKind.Welcome => zh ? "欢迎加入社区" : "Welcome to the community",
            SystemTextKind.CheckedIn => zh ? $"在学习小组「{F(0)}」打卡" : $"Checked in with {F(0)}",
            SystemTextKind.ReviewedCheckIn => zh ? $"点评了学习小组「{F(0)}」的打卡" : $"Reviewed a check-in in {F(0)}",
            SystemTextKind.StreakCertificate => zh ? $"在学习小组「{F(1)}」连续打卡{F(0)}天" : $"{F(0)} days in a row with {F(1)}",
            SystemTextKind.HelpedWith => zh ? $"帮助完成了「{F(0)}」" : $"Helped with \"{F(0)}\"",
            SystemTextKind.HelpsCompleted => zh ? $"作为帮助者完成了{F(0)}次邻里互助。" : $"Completed {F(0)} help requests as the helper.",
            SystemTextKind.OffersPosted => zh ? $"发布了{F(0)}条互助服务。" : $"Posted {F(0)} offers of help.",
            SystemTextKind.HelperVoucher => zh
                ? $"服务兑换券「{F(0)}」（完成{F(3)}次互助），兑换编号 {F(1)}，兑换码 {F(2)}"
                : $"Service voucher \"{F(0)}\" for {F(3)} helps: redemption {F(1)}, code {F(2)}",
            SystemTextKind.BestGroup => zh ? $"学习小组「{F(0)}」当选{F(1)}这一周的最佳小组" : $"{F(0)} was the best study group of the week of {F(1)}",
            SystemTextKind.Redeemed => zh ? $"兑换了「{F(0)}」" : $"Redeemed {F(0)}",
            SystemTextKind.AttendedEvent => zh ? $"参加了活动「{F(0)}」" : $"Attended {F(0)}",
            SystemTextKind.StarOfTheMonth => zh ? $"{F(0)} 月度之星（{F(1)}）" : $"Star of the month {F(0)} ({F(1)})",
            SystemTextKind.StarOfTheYear => zh ? $"{F(0)} 年度之星（{F(1)}）" : $"Star of the year {F(0)} ({F(1)})",
            SystemTextKind.FeedbackSubmitted => zh ? "提交了反馈" : "Feedback submitted",
            SystemTextKind.AnsweredSurvey => zh ? $"回答了问卷「{F(0)}」" : $"Answered the survey \"{F(0)}\"",
            SystemTextKind.VotedInPoll => zh ? $"参与投票：{F(0)}" : $"Voted: {F(0)}",
            SystemTextKind.VotedOnProposal => zh ? "为提案投票" : "Voted on a proposal",
            SystemTextKind.SubmittedProposal => zh ? $"提交了提案「{F(0)}」" : $"Submitted the proposal \"{F(0)}\"",
            SystemTextKind.FirstProposal => zh ? $"第一条提案：「{F(0)}」" : $"First proposal: \"{F(0)}\"",
            SystemTextKind.ProposalAdopted => zh ? $"提案「{F(0)}」被采纳" : $"The proposal \"{F(0)}\" was adopted",
            SystemTextKind.AdoptedBadge => zh ? $"被采纳：「{F(0)}」" : $"Adopted: \"{F(0)}\"",
            SystemTextKind.AskedQuestion => zh ? "在活动中提了问题" : "Asked a question at an event",
            SystemTextKind.Discussion => zh ? $"参与了 {F(0)} 的讨论" : $"Took part in the discussion of {F(0)}",
            _ => F(0),
        };
    }
}
