namespace CommunityGrains.Host.Seed;

/// <summary>
/// The wall clock shifted into the past by an offset that only ever shrinks, so the seed can act on past days
/// while time never runs backwards. Timers and timestamps stay real (only <see cref="GetUtcNow"/> is shifted),
/// so Orleans' own timers are not fired in bulk when the seed jumps a day ahead.
/// </summary>
public sealed class SeedClock(TimeProvider real, DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _behind = Max(real.GetUtcNow() - start, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return real.GetUtcNow() - _behind;
        }
    }

    /// <summary>Moves to <paramref name="instant"/>, or stays put if that is earlier than now; never past the real now.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            var realNow = real.GetUtcNow();
            var target = Max(realNow - instant, TimeSpan.Zero);
            if (target < _behind)
            {
                _behind = target;
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
