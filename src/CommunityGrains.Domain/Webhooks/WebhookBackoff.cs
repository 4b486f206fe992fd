namespace CommunityGrains.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again: about 5 s, 30 s, 2 min, 10 min, 1 h, then hourly until 24 h after the
/// first attempt. <paramref name="Unit"/> scales the whole schedule (tests use milliseconds instead of seconds).
/// </summary>
public sealed record WebhookBackoff(TimeSpan Unit)
{
    public static readonly WebhookBackoff Standard = new(TimeSpan.FromSeconds(1));

    private static readonly int[] StepsInUnits = [5, 30, 120, 600, 3600];

    public TimeSpan GiveUpAfter => Unit * (24 * 3600);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt, or null when the delivery is given up.</summary>
    public TimeSpan? After(int attempts, DateTimeOffset firstAttempt, DateTimeOffset now)
    {
        var step = Unit * (attempts <= StepsInUnits.Length ? StepsInUnits[attempts - 1] : 3600);
        return now + step - firstAttempt > GiveUpAfter ? null : step;
    }
}
