using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Grains.Proposals;

/// <summary>
/// The one place a proposal's tally is kept: its ballot box's counts. The box reports them with a version, so
/// replies that arrive out of order never roll the tally back. Loaded once per activation.
/// </summary>
public sealed class ProposalTally
{
    private BallotTally? _latest;
    private Task? _loading;

    public TallyCounts Counts => _latest is null ? default : new TallyCounts(_latest.For, _latest.Against, _latest.Abstain);

    /// <summary>True when the counts changed.</summary>
    public bool Apply(BallotTally tally)
    {
        if (_latest is not null && _latest.Version >= tally.Version)
        {
            return false;
        }

        _latest = tally;
        return true;
    }

    public Task EnsureLoaded(Func<Task<BallotTally>> readBox)
    {
        return _loading ??= Load();

        async Task Load()
        {
            try
            {
                Apply(await readBox());
            }
            catch
            {
                _loading = null;
                throw;
            }
        }
    }
}
