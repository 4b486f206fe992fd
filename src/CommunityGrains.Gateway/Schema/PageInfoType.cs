using GraphQL.Types;

namespace CommunityGrains.Gateway.Schema;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(x => x.HasNextPage);
        Field(x => x.EndCursor, nullable: true);
    }
}
