using CommunityGrains.Contracts.Discussion;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class ReactionCountType : ObjectGraphType<ReactionCountView>
{
    public ReactionCountType()
    {
        Name = "ReactionCount";
        Field(x => x.Emoji);
        Field(x => x.Count);
        Field(x => x.ReactedByMe);
    }
}
