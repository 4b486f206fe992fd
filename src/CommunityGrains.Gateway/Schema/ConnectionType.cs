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
        Description = $"One page of {GraphNames.Of<TNodeType>()} items, in the order the field documents; pass pageInfo.endCursor as after to get the next page.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Description("The items of this page, each with its cursor.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items of this page without cursors (same order as edges).").Resolve(c => c.Source.Items.Select(i => i.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether there is a next page and the cursor to ask for it.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.Items.Count == 0 ? null : c.Source.Items[^1].Cursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of items over all pages, not only this one.").Resolve(c => c.Source.TotalCount);
    }
}

public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = GraphNames.Of<TNodeType>() + "Edge";
        Description = $"One {GraphNames.Of<TNodeType>()} on a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this item; pass it as after to continue after it.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}

public static class GraphNames
{
    public static string Of<TGraphType>() => typeof(TGraphType).Name[..^"Type".Length];
}
