using GraphQL.Types;

namespace CommunityGrains.Gateway.Communities;

public sealed class CreateCommunityInput
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string TimeZone { get; set; } = "";
}

public sealed class CreateCommunityInputType : InputObjectGraphType<CreateCommunityInput>
{
    public CreateCommunityInputType()
    {
        Name = "CreateCommunityInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("timeZone");
    }
}

public sealed class ConfigureCommunityInput
{
    public string? Name { get; set; }
    public string? TimeZone { get; set; }
    public List<PointRuleInput>? PointRules { get; set; }
    public int? FeedbackTargetDays { get; set; }
    public string? Language { get; set; }
    public int? DiscussionPointsPerDay { get; set; }
}

public sealed class ConfigureCommunityInputType : InputObjectGraphType<ConfigureCommunityInput>
{
    public ConfigureCommunityInputType()
    {
        Name = "ConfigureCommunityInput";
        Field<StringGraphType>("name");
        Field<StringGraphType>("timeZone");
        Field<ListGraphType<NonNullGraphType<PointRuleInputType>>>("pointRules");
        Field<IntGraphType>("feedbackTargetDays");
        Field<StringGraphType>("language").Description("Community language for texts the system writes (badge names, notifications): 'en' or 'zh' (default 'en').");
        Field<IntGraphType>("discussionPointsPerDay");
    }
}
