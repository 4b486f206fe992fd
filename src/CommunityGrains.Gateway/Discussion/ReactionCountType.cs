using CommunityGrains.Contracts.Discussion;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class ReactionCountType : ObjectGraphType<ReactionCountView>
{
    public ReactionCountType()
    {
        Name = "ReactionCount";
        Description = "How many members reacted to a comment with one emoji.";
        Field(x => x.Emoji).Description("One of the fixed set of reactions.");
        Field(x => x.Count).Description("Members who reacted with it.");
        Field(x => x.ReactedByMe).Description("Whether the caller is one of them.");
    }
}
