using CommunityGrains.Domain.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class StarCategoryType : EnumerationGraphType<StarCategory>
{
    public StarCategoryType()
    {
        Name = "StarCategory";
        Description = "What a monthly ranking measures: NEIGHBOR (completed helps, weighted by ratings received), LEARNER (check-in days across study groups), CO_CREATOR (proposals submitted and adopted, feedback resolved), OVERALL (points earned in the month).";
    }
}
