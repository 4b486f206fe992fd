namespace CommunityGrains.Domain.Surveys;

/// <summary>Net Promoter Score from the counts of each answer 0..10: % promoters (9-10) − % detractors (0-6).</summary>
public sealed record NpsScore(int Promoters, int Passives, int Detractors, double? Nps)
{
    public static NpsScore Of(IReadOnlyList<int> countsByScore)
    {
        if (countsByScore.Count != 11)
        {
            throw new ArgumentException("An NPS tally has a count for each score 0..10.", nameof(countsByScore));
        }

        var detractors = countsByScore.Take(7).Sum();
        var passives = countsByScore[7] + countsByScore[8];
        var promoters = countsByScore[9] + countsByScore[10];
        var total = detractors + passives + promoters;
        return new NpsScore(promoters, passives, detractors, total == 0 ? null : 100.0 * (promoters - detractors) / total);
    }
}
