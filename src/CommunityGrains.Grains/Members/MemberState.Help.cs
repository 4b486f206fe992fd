namespace CommunityGrains.Grains.Members;

public sealed partial class MemberState
{
    /// <summary>
    /// Keys of helps counted and helper ratings received (<c>help:{request}</c>, <c>helper-rating:{request}</c>, <c>requester-rating:{request}</c>, <c>offer:{request}</c>).
    /// Kept for good, unlike award keys: they grow only with the member's own helps, and a late retry must never
    /// count a help twice.
    /// </summary>
    [Id(20)] public HashSet<string> HelpKeys { get; set; } = [];

    [Id(60)] public int RequesterStarsSum { get; set; }
    [Id(61)] public int RequesterRatings { get; set; }
    [Id(62)] public int OffersPosted { get; set; }
}
