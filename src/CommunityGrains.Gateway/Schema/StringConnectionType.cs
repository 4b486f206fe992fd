using CommunityGrains.Contracts.Common;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

/// <summary>A connection over plain strings (texts given without their authors), shaped like the others.</summary>
public sealed class StringConnectionType : ObjectGraphType<Page<string>>
{
    public StringConnectionType()
    {
        Name = "StringConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("nodes").Resolve(c => c.Source.Items.Select(i => i.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.Items.Count == 0 ? null : c.Source.Items[^1].Cursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}
