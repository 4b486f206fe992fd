using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

public sealed class CommunitySchema : GraphQL.Types.Schema
{
    public CommunitySchema(
        IServiceProvider services,
        IEnumerable<IQueryFields> queries,
        IEnumerable<IMutationFields> mutations,
        IEnumerable<ISubscriptionFields> subscriptions)
        : base(services)
    {
        Query = Root("Query", queries.Select(q => (Action<ObjectGraphType>)q.AddTo));
        Mutation = Root("Mutation", mutations.Select(m => (Action<ObjectGraphType>)m.AddTo));
        var subscriptionFields = subscriptions.ToList();
        if (subscriptionFields.Count > 0)
        {
            Subscription = Root("Subscription", subscriptionFields.Select(s => (Action<ObjectGraphType>)s.AddTo));
        }

        RegisterTypeMapping(typeof(DateTimeOffset), typeof(UtcDateTimeGraphType));
        RegisterTypeMapping(typeof(DateOnly), typeof(DateGraphType));
    }

    private static ObjectGraphType Root(string name, IEnumerable<Action<ObjectGraphType>> contributors)
    {
        var root = new ObjectGraphType { Name = name };
        foreach (var contribute in contributors)
        {
            contribute(root);
        }

        return root;
    }
}
