namespace CommunityGrains.Grains.Members;

/// <summary>The segment grant and leaving (incentives' [Id] range, 34 onwards).</summary>
public sealed partial class MemberState
{
    /// <summary>A moderator granted the EXPERT segment (setExpert).</summary>
    [Id(34)] public bool ExpertGranted { get; set; }

    /// <summary>The member left: <see cref="Joined"/> is false for good and the profile is anonymised.</summary>
    [Id(35)] public bool Left { get; set; }

    /// <summary>
    /// Leaderboards ("2026-11/Overall") and archived ledger months still to clear after leaving: stored in the
    /// leaving write, removed as each is done, so a crash in between finishes on activation or on a retry.
    /// </summary>
    [Id(36)] public List<string> BoardsToLeave { get; set; } = [];

    [Id(37)] public List<string> LedgerMonthsToErase { get; set; } = [];

    /// <summary>Set in the leaving write until the roster shard forgot the member.</summary>
    [Id(38)] public bool RosterToLeave { get; set; }
}
