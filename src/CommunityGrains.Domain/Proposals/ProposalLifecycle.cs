using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Proposals;

/// <summary>
/// The transition table of a proposal, in one place. Anything not listed is refused with a message that names
/// the current status, so a client can tell why.
/// </summary>
public static class ProposalLifecycle
{
    private static readonly ProposalStatus[] BeforeDecision =
        [ProposalStatus.Draft, ProposalStatus.Submitted, ProposalStatus.Screening, ProposalStatus.Voting, ProposalStatus.Review];

    /// <summary>The status after <paramref name="command"/>; <paramref name="target"/> is the decision or implementation status asked for.</summary>
    public static ProposalStatus Next(ProposalStatus current, ProposalCommand command, ProposalStatus? target = null) =>
        TryNext(current, command, target) ?? throw Refused(current, command, target);

    public static bool Allows(ProposalStatus current, ProposalCommand command, ProposalStatus? target = null) =>
        TryNext(current, command, target) is not null;

    private static ProposalStatus? TryNext(ProposalStatus current, ProposalCommand command, ProposalStatus? target) =>
        (current, command, target) switch
        {
            (ProposalStatus.Draft, ProposalCommand.Edit, _) => ProposalStatus.Draft,
            (ProposalStatus.Draft, ProposalCommand.Submit, _) => ProposalStatus.Submitted,
            (ProposalStatus.Submitted or ProposalStatus.Screening, ProposalCommand.Score, _) => ProposalStatus.Screening,
            (ProposalStatus.Screening, ProposalCommand.OpenVoting, _) => ProposalStatus.Voting,
            (ProposalStatus.Voting, ProposalCommand.Vote, _) => ProposalStatus.Voting,
            (ProposalStatus.Voting, ProposalCommand.CloseVoting, _) => ProposalStatus.Review,
            (ProposalStatus.Review, ProposalCommand.Decide, ProposalStatus.Adopted) => ProposalStatus.Adopted,
            (ProposalStatus.Review, ProposalCommand.Decide, ProposalStatus.Rejected) => ProposalStatus.Rejected,
            (ProposalStatus.Adopted, ProposalCommand.UpdateImplementation, ProposalStatus.Implementing) => ProposalStatus.Implementing,
            (ProposalStatus.Implementing, ProposalCommand.UpdateImplementation, ProposalStatus.Implemented) => ProposalStatus.Implemented,
            (_, ProposalCommand.Withdraw, _) when BeforeDecision.Contains(current) => ProposalStatus.Withdrawn,
            _ => (ProposalStatus?)null,
        };

    /// <summary>
    /// The status as of <paramref name="now"/>: voting ends by itself at its closing time, whether or not anyone
    /// closed it, so every reader applies the deadline from state rather than waiting for a timer.
    /// </summary>
    public static ProposalStatus Effective(ProposalStatus stored, DateTimeOffset? closesAt, DateTimeOffset now) =>
        stored == ProposalStatus.Voting && closesAt is { } end && now >= end ? ProposalStatus.Review : stored;

    public static bool IsVotingOpen(ProposalStatus stored, DateTimeOffset? closesAt, DateTimeOffset now) =>
        Effective(stored, closesAt, now) == ProposalStatus.Voting;

    public static string Name(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "DRAFT",
        ProposalStatus.Submitted => "SUBMITTED",
        ProposalStatus.Screening => "SCREENING",
        ProposalStatus.Voting => "VOTING",
        ProposalStatus.Review => "REVIEW",
        ProposalStatus.Adopted => "ADOPTED",
        ProposalStatus.Rejected => "REJECTED",
        ProposalStatus.Implementing => "IMPLEMENTING",
        ProposalStatus.Implemented => "IMPLEMENTED",
        _ => "WITHDRAWN",
    };

    private static InvalidInputException Refused(ProposalStatus current, ProposalCommand command, ProposalStatus? target)
    {
        var wanted = target is { } t ? $" to {Name(t)}" : "";
        return new InvalidInputException("status", $"the proposal is {Name(current)}; {Verb(command)}{wanted} is not possible now.");
    }

    private static string Verb(ProposalCommand command) => command switch
    {
        ProposalCommand.Edit => "editing the draft",
        ProposalCommand.Submit => "submitting",
        ProposalCommand.Score => "scoring",
        ProposalCommand.OpenVoting => "opening voting",
        ProposalCommand.Vote => "voting",
        ProposalCommand.CloseVoting => "closing voting",
        ProposalCommand.Decide => "deciding",
        ProposalCommand.UpdateImplementation => "moving the implementation",
        _ => "withdrawing",
    };
}
