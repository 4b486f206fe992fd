using CommunityGrains.Contracts.Common;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

/// <summary>
/// A Relay connection over a grain's <see cref="Page{T}"/>. Named after the node's graph type by the house
/// convention (<c>ProposalType</c> gives <c>ProposalConnection</c> and <c>ProposalEdge</c>).
/// </summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = GraphNames.Of<TNodeType>() + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Items.Select(i => i.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.Items.Count == 0 ? null : c.Source.Items[^1].Cursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}

public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = GraphNames.Of<TNodeType>() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public static class GraphNames
{
    public static string Of<TGraphType>() => typeof(TGraphType).Name[..^"Type".Length];
}
