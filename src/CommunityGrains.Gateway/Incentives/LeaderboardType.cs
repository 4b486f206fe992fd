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
        Field<NonNullGraphType<StarCategoryType>>("category").Resolve(c => c.Source.Category);
        Field(x => x.Month);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderboardEntryType>>>>("entries").Resolve(c => c.Source.Entries);
    }
}

public sealed class LeaderboardEntryType : ObjectGraphType<LeaderboardEntryView>
{
    public LeaderboardEntryType()
    {
        Name = "LeaderboardEntry";
        Field(x => x.Rank);
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Score);
    }
}
