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
        Description = "A new badge of the catalogue.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Badge id, chosen by the moderator; not one of the automatic badges.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name, 1..80 characters.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the badge recognises, 1..200 characters.");
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
        Description = "A badge for a member.";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member who gets it.");
        Field<NonNullGraphType<IdGraphType>>("badgeId").Description("A badge defined in the catalogue.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why; 1..200 characters, shown with the badge.");
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
        Description = "A new reward.";
        Field<IdGraphType>("id").Description("Client-chosen id (at most 64 characters) that makes retries safe; a new id is made when omitted.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name, 1..80 characters.");
        Field<NonNullGraphType<IntGraphType>>("cost").Description("Points it costs, 1..10000000.");
        Field<NonNullGraphType<IntGraphType>>("stock").Description("How many there are, 0..1000000.");
        Field<StringGraphType>("minTier").Description("Name of one of the community's tiers; members below it cannot redeem. Every member may when omitted.");
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
        Description = "A redemption of a reward.";
        Field<IdGraphType>("id").Description("Client-chosen redemption id (at most 64 characters): send the same id on a retry so points are spent once. A new id is made when omitted.");
        Field<NonNullGraphType<IdGraphType>>("rewardId").Description("The reward.");
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
        Description = "The choice of a star of the month.";
        Field<NonNullGraphType<StarCategoryType>>("category").Description("The category.");
        Field<NonNullGraphType<StringGraphType>>("month").Description("YYYY-MM; the month must have ended in the community's time zone.");
        Field<IdGraphType>("memberId").Description("The star; the leaderboard's first when omitted.");
        Field<StringGraphType>("citation").Description("Why; optional, at most 2000 characters.");
    }
}
