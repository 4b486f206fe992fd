using CommunityGrains.Domain.StudyGroups;

namespace CommunityGrains.Domain.Tests.StudyGroups;

public sealed class GroupSearchRulesTests
{
    [Fact]
    public void A_group_scores_one_for_each_query_term_it_has()
    {
        var group = GoalTerms.Of("三个月内通过日语能力考试", "japanese");

        Assert.Equal(2, GroupSearchRules.Score(group, GoalTerms.Of("日语考试")));
        Assert.Equal(0, GroupSearchRules.Score(group, GoalTerms.Of("钢琴")));
    }

    [Fact]
    public void The_mentor_does_not_take_a_seat()
    {
        Assert.Equal(4, GroupSearchRules.FreeSeats(5, ["alice", "mentor"], "mentor"));
        Assert.Equal(0, GroupSearchRules.FreeSeats(3, ["a", "b", "c"], null));
    }
}
