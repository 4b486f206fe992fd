namespace CommunityGrains.Domain.Proposals;

/// <summary>
/// Counts of a proposal's ballot box. A voter's change of mind moves one count from the old
/// choice to the new one, so the counts always equal the latest vote of each voter.
/// </summary>
public readonly record struct TallyCounts(int For, int Against, int Abstain)
{
    public int Total => For + Against + Abstain;

    public TallyCounts Replace(VoteChoice? previous, VoteChoice next) =>
        previous == next ? this : (previous is { } old ? Add(old, -1) : this).Add(next, 1);

    public static TallyCounts operator +(TallyCounts a, TallyCounts b) =>
        new(a.For + b.For, a.Against + b.Against, a.Abstain + b.Abstain);

    private TallyCounts Add(VoteChoice choice, int delta) => choice switch
    {
        VoteChoice.For => this with { For = For + delta },
        VoteChoice.Against => this with { Against = Against + delta },
        _ => this with { Abstain = Abstain + delta },
    };
}
