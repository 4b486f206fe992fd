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
        Query = Root("Query", "Reads. Every field needs a bearer token for a community except introspection; the token's community is the one read.", queries.Select(q => (Action<ObjectGraphType>)q.AddTo));
        Mutation = Root("Mutation", "Writes, in the token's community. A mutation that returns is stored and survives a crash.", mutations.Select(m => (Action<ObjectGraphType>)m.AddTo));
        var subscriptionFields = subscriptions.ToList();
        if (subscriptionFields.Count > 0)
        {
            Subscription = Root("Subscription", "Live updates over graphql-transport-ws at /graphql, with the token in connection_init.", subscriptionFields.Select(s => (Action<ObjectGraphType>)s.AddTo));
        }

        RegisterTypeMapping(typeof(DateTimeOffset), typeof(UtcDateTimeGraphType));
        RegisterTypeMapping(typeof(DateOnly), typeof(DateGraphType));
    }

    private static ObjectGraphType Root(string name, string description, IEnumerable<Action<ObjectGraphType>> contributors)
    {
        var root = new ObjectGraphType { Name = name, Description = description };
        foreach (var contribute in contributors)
        {
            contribute(root);
        }

        return root;
    }
}
