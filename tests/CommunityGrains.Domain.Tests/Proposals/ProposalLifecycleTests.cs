using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Proposals;

namespace CommunityGrains.Domain.Tests.Proposals;

public sealed class ProposalLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ProposalStatus.Draft, ProposalCommand.Edit, null, ProposalStatus.Draft)]
    [InlineData(ProposalStatus.Draft, ProposalCommand.Submit, null, ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Submitted, ProposalCommand.Score, null, ProposalStatus.Screening)]
    [InlineData(ProposalStatus.Screening, ProposalCommand.Score, null, ProposalStatus.Screening)]
    [InlineData(ProposalStatus.Screening, ProposalCommand.OpenVoting, null, ProposalStatus.Voting)]
    [InlineData(ProposalStatus.Voting, ProposalCommand.Vote, null, ProposalStatus.Voting)]
    [InlineData(ProposalStatus.Voting, ProposalCommand.CloseVoting, null, ProposalStatus.Review)]
    [InlineData(ProposalStatus.Review, ProposalCommand.Decide, ProposalStatus.Adopted, ProposalStatus.Adopted)]
    [InlineData(ProposalStatus.Review, ProposalCommand.Decide, ProposalStatus.Rejected, ProposalStatus.Rejected)]
    [InlineData(ProposalStatus.Adopted, ProposalCommand.UpdateImplementation, ProposalStatus.Implementing, ProposalStatus.Implementing)]
    [InlineData(ProposalStatus.Implementing, ProposalCommand.UpdateImplementation, ProposalStatus.Implemented, ProposalStatus.Implemented)]
    public void The_documented_transitions_are_allowed(ProposalStatus from, ProposalCommand command, ProposalStatus? target, ProposalStatus expected) =>
        Assert.Equal(expected, ProposalLifecycle.Next(from, command, target));

    [Theory]
    [InlineData(ProposalStatus.Draft)]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Screening)]
    [InlineData(ProposalStatus.Voting)]
    [InlineData(ProposalStatus.Review)]
    public void The_author_can_withdraw_before_a_decision(ProposalStatus from) =>
        Assert.Equal(ProposalStatus.Withdrawn, ProposalLifecycle.Next(from, ProposalCommand.Withdraw));

    [Theory]
    [InlineData(ProposalStatus.Adopted)]
    [InlineData(ProposalStatus.Rejected)]
    [InlineData(ProposalStatus.Implementing)]
    [InlineData(ProposalStatus.Implemented)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void Withdrawing_after_a_decision_is_refused(ProposalStatus from) =>
        Assert.Throws<InvalidInputException>(() => ProposalLifecycle.Next(from, ProposalCommand.Withdraw));

    [Fact]
    public void Every_other_transition_is_refused()
    {
        var allowed = 0;
        foreach (var from in Enum.GetValues<ProposalStatus>())
        {
            foreach (var command in Enum.GetValues<ProposalCommand>())
            {
                foreach (var target in Enum.GetValues<ProposalStatus>().Cast<ProposalStatus?>().Append(null))
                {
                    allowed += ProposalLifecycle.Allows(from, command, target) ? 1 : 0;
                }
            }
        }

        // 7 transitions that ignore the target (allowed with each of the 11 targets), 2 decisions,
        // 2 implementation steps, and withdrawal from 5 statuses (ignoring the target).
        Assert.Equal((7 * 11) + 2 + 2 + (5 * 11), allowed);
    }

    [Fact]
    public void A_refusal_names_the_current_status()
    {
        var refused = Assert.Throws<InvalidInputException>(() => ProposalLifecycle.Next(ProposalStatus.Voting, ProposalCommand.Submit));
        Assert.Contains("VOTING", refused.Message);
    }

    [Fact]
    public void Implementing_cannot_be_skipped() =>
        Assert.False(ProposalLifecycle.Allows(ProposalStatus.Adopted, ProposalCommand.UpdateImplementation, ProposalStatus.Implemented));

    [Fact]
    public void A_decision_must_be_adopted_or_rejected() =>
        Assert.False(ProposalLifecycle.Allows(ProposalStatus.Review, ProposalCommand.Decide, ProposalStatus.Implemented));

    [Fact]
    public void Voting_ends_by_itself_at_the_closing_time()
    {
        Assert.Equal(ProposalStatus.Voting, ProposalLifecycle.Effective(ProposalStatus.Voting, Now.AddSeconds(1), Now));
        Assert.Equal(ProposalStatus.Review, ProposalLifecycle.Effective(ProposalStatus.Voting, Now, Now));
        Assert.False(ProposalLifecycle.IsVotingOpen(ProposalStatus.Voting, Now.AddHours(-1), Now));
    }

    [Fact]
    public void The_closing_time_must_be_in_the_future()
    {
        Assert.Equal(Now.AddMinutes(1), ProposalRules.ClosingTime(Now.AddMinutes(1), Now, "input.closesAt"));
        Assert.Throws<InvalidInputException>(() => ProposalRules.ClosingTime(Now, Now, "input.closesAt"));
    }
}
