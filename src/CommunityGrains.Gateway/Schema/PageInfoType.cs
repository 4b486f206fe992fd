using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page ends in a connection.";
        Field(x => x.HasNextPage).Description("True when more items follow this page.");
        Field(x => x.EndCursor, nullable: true).Description("Cursor of the last item on this page, to pass as after; null when the page is empty.");
    }
}
