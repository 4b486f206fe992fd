using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class CategoryCountType : ObjectGraphType<KeyValuePair<FeedbackCategory, int>>
{
    public CategoryCountType()
    {
        Name = "CategoryCount";
        Description = "How many items of the report's period had this category.";
        Field<NonNullGraphType<FeedbackCategoryType>>("category").Description("The category.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Items submitted in the period.").Resolve(c => c.Source.Value);
    }
}
