using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Incentives;

/// <summary>
/// Badges the system awards by itself; every community has them without defining them. A member's record stores only
/// the badge id, and the name and description are rendered when read, in the community's language as it is then: a
/// community that switches to Chinese sees every badge it ever awarded in Chinese, with nothing to rewrite.
/// </summary>
public static class AutomaticBadges
{
    public const string FirstSuggestion = "FIRST_SUGGESTION";
    public const string Streak30 = "STREAK_30";
    public const string Helper10 = "HELPER_10";
    public const string ProposalAdopted = "PROPOSAL_ADOPTED";
    public const string StarOfTheMonth = "STAR_OF_THE_MONTH";
    public const string StarOfTheYear = "STAR_OF_THE_YEAR";
    public const string NeighborExpert = "NEIGHBOR_EXPERT";
    public const string BestGroup = "BEST_GROUP";

    private static readonly IReadOnlyList<(BadgeDefinition English, BadgeDefinition Chinese)> Texts =
    [
        Both(FirstSuggestion, ("First suggestion", "Submitted a first proposal to the community."), ("首次建议", "向社区提交了第一条提案。")),
        Both(Streak30, ("30-day streak", "Checked in with a study group 30 days in a row: the certificate."), ("连续打卡30天", "在学习小组连续打卡30天，获得证书。")),
        Both(Helper10, ("Good neighbour", "Completed 10 help requests as the helper."), ("热心邻居", "作为帮助者完成了10次邻里互助。")),
        Both(ProposalAdopted, ("Idea adopted", "A proposal of theirs was adopted by the community."), ("建议被采纳", "提出的提案被社区采纳。")),
        Both(StarOfTheMonth, ("Star of the month", "Chosen as a star of the month."), ("月度之星", "当选月度之星。")),
        Both(StarOfTheYear, ("Star of the year", "Chosen as a star of the year."), ("年度之星", "当选年度之星。")),
        Both(NeighborExpert, ("Neighbour expert", "Posted 5 offers of help to neighbours."), ("邻里达人", "发布了5条邻里互助服务。")),
        Both(BestGroup, ("Best group of the week", "A member of the week's best study group: the highest check-in rate."), ("每周最佳小组", "所在学习小组当选每周最佳小组：打卡率最高。")),
    ];

    /// <summary>In English, for rules that only need the ids.</summary>
    public static readonly IReadOnlyList<BadgeDefinition> All = In(CommunityLanguage.English);

    public static IReadOnlyList<BadgeDefinition> In(string language) =>
        Texts.Select(t => language == CommunityLanguage.Chinese ? t.Chinese : t.English).ToList();

    public static BadgeDefinition? Find(string id) => Find(id, CommunityLanguage.English);

    public static BadgeDefinition? Find(string id, string language) =>
        Texts.Where(t => t.English.Id == id).Select(t => language == CommunityLanguage.Chinese ? t.Chinese : t.English).FirstOrDefault();

    private static (BadgeDefinition, BadgeDefinition) Both(string id, (string Name, string Description) english, (string Name, string Description) chinese) =>
        (new(id, english.Name, english.Description, true), new(id, chinese.Name, chinese.Description, true));
}
