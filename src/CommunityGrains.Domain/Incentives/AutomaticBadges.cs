namespace CommunityGrains.Domain.Incentives;

/// <summary>Badges the system awards by itself; every community has them without defining them.</summary>
public static class AutomaticBadges
{
    public const string FirstSuggestion = "FIRST_SUGGESTION";
    public const string Streak30 = "STREAK_30";
    public const string Helper10 = "HELPER_10";
    public const string ProposalAdopted = "PROPOSAL_ADOPTED";
    public const string StarOfTheMonth = "STAR_OF_THE_MONTH";
    public const string StarOfTheYear = "STAR_OF_THE_YEAR";
    public const string NeighborExpert = "NEIGHBOR_EXPERT";

    public static readonly IReadOnlyList<BadgeDefinition> All =
    [
        new(FirstSuggestion, "First suggestion", "Submitted a first proposal to the community.", true),
        new(Streak30, "30-day streak", "Checked in with a study group 30 days in a row: the certificate.", true),
        new(Helper10, "Good neighbour", "Completed 10 help requests as the helper.", true),
        new(ProposalAdopted, "Idea adopted", "A proposal of theirs was adopted by the community.", true),
        new(StarOfTheMonth, "Star of the month", "Chosen as a star of the month.", true),
        new(StarOfTheYear, "Star of the year", "Chosen as a star of the year.", true),
        new(NeighborExpert, "Neighbour expert", "Posted 5 offers of help to neighbours.", true),
    ];

    public static BadgeDefinition? Find(string id) => All.FirstOrDefault(b => b.Id == id);
}
