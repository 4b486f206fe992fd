using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

/// <summary>
/// Each feature adds its root fields through one contributor per root type, so features live in their own
/// folders and the root types stay free of feature code.
/// </summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>A capability's figures on <c>community.stats</c>.</summary>
public interface ICommunityStatsFields
{
    void AddTo(ObjectGraphType<Communities.CommunityStatsSource> stats);
}

public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
