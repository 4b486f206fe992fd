using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed record Leaderboard(StarCategory Category, string Month, IReadOnlyList<LeaderboardEntryView> Entries);

public sealed class LeaderboardType : ObjectGraphType<Leaderboard>
{
    public LeaderboardType()
    {
        Name = "Leaderboard";
        Description = "The live ranking of one category in one month (or, for annualLeaderboard, one year).";
        Field<NonNullGraphType<StarCategoryType>>("category").Description("What is ranked.").Resolve(c => c.Source.Category);
        Field(x => x.Month).Description("The month, YYYY-MM in the community's time zone; the year, YYYY, on the annual board.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryType>>>>("entries").Description("The top members, best first.").Resolve(c => c.Source.Entries);
    }
}

public sealed class LeaderboardEntryType : ObjectGraphType<LeaderboardEntryView>
{
    public LeaderboardEntryType()
    {
        Name = "LeaderboardEntry";
        Description = "One member's place on a leaderboard.";
        Field(x => x.Rank).Description("Place, 1 for the best.");
        Field<NonNullGraphType<MemberType>>("member").Description("The member.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Score).Description("The member's score in the category in the board's month or year.");
    }
}
