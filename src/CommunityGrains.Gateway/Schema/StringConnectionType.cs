using CommunityGrains.Contracts.Common;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

/// <summary>A connection over plain strings (texts given without their authors), shaped like the others.</summary>
public sealed class StringConnectionType : ObjectGraphType<Page<string>>
{
    public StringConnectionType()
    {
        Name = "StringConnection";
        Description = "One page of texts, in the order the field documents; pass pageInfo.endCursor as after to get the next page.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("nodes").Description("The texts of this page.").Resolve(c => c.Source.Items.Select(i => i.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether there is a next page and the cursor to ask for it.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.Items.Count == 0 ? null : c.Source.Items[^1].Cursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of texts over all pages, not only this one.").Resolve(c => c.Source.TotalCount);
    }
}
