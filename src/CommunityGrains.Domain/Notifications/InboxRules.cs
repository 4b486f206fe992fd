namespace CommunityGrains.Domain.Notifications;

/// <summary>How much of a member's inbox is kept, and for how long a cause is remembered.</summary>
public static class InboxRules
{
    /// <summary>The newest notifications kept; older ones are dropped.</summary>
    public const int Kept = 500;

    /// <summary>
    /// Dedupe keys of dropped notifications remembered as well, so a cause retried after its notification was pushed
    /// out of the kept window still raises nothing.
    /// </summary>
    public const int RememberedCauses = 2000;
}
