using CommunityGrains.Domain.Incentives;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Incentives;

public sealed class DefineBadgeInput
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
}

public sealed class DefineBadgeInputType : InputObjectGraphType<DefineBadgeInput>
{
    public DefineBadgeInputType()
    {
        Name = "DefineBadgeInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("description");
    }
}

public sealed class AwardBadgeInput
{
    public string MemberId { get; set; } = "";
    public string BadgeId { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class AwardBadgeInputType : InputObjectGraphType<AwardBadgeInput>
{
    public AwardBadgeInputType()
    {
        Name = "AwardBadgeInput";
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field<NonNullGraphType<IdGraphType>>("badgeId");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}

public sealed class AddRewardInput
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public int Cost { get; set; }
    public int Stock { get; set; }
    public string? MinTier { get; set; }
}

public sealed class AddRewardInputType : InputObjectGraphType<AddRewardInput>
{
    public AddRewardInputType()
    {
        Name = "AddRewardInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<IntGraphType>>("cost");
        Field<NonNullGraphType<IntGraphType>>("stock");
        Field<StringGraphType>("minTier");
    }
}

public sealed class RedeemRewardInput
{
    public string? Id { get; set; }
    public string RewardId { get; set; } = "";
}

public sealed class RedeemRewardInputType : InputObjectGraphType<RedeemRewardInput>
{
    public RedeemRewardInputType()
    {
        Name = "RedeemRewardInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<IdGraphType>>("rewardId");
    }
}

public sealed class SelectStarInput
{
    public StarCategory Category { get; set; }
    public string Month { get; set; } = "";
    public string? MemberId { get; set; }
    public string? Citation { get; set; }
}

public sealed class SelectStarInputType : InputObjectGraphType<SelectStarInput>
{
    public SelectStarInputType()
    {
        Name = "SelectStarInput";
        Field<NonNullGraphType<StarCategoryType>>("category");
        Field<NonNullGraphType<StringGraphType>>("month");
        Field<IdGraphType>("memberId");
        Field<StringGraphType>("citation");
    }
}
