using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class TypeCountType : ObjectGraphType<KeyValuePair<FeedbackKind, int>>
{
    public TypeCountType()
    {
        Name = "TypeCount";
        Description = "How many items of the report's period had this type.";
        Field<NonNullGraphType<FeedbackKindType>>("type").Description("The type.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Items submitted in the period.").Resolve(c => c.Source.Value);
    }
}
