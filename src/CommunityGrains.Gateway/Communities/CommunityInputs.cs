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
        Description = "A new community.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Must be the community of the token.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("1..80 characters.");
        Field<NonNullGraphType<StringGraphType>>("timeZone").Description("IANA time zone name, e.g. Europe/Berlin; days and months are counted in it.");
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
    public List<PriorityDaysInput>? FeedbackTargetDaysByPriority { get; set; }
    public double? FeedbackAtRiskShare { get; set; }
    public double? FeedbackResolutionTarget { get; set; }
    public int? WelcomePoints { get; set; }
    public int? CertificateDays { get; set; }
}

public sealed class ConfigureCommunityInputType : InputObjectGraphType<ConfigureCommunityInput>
{
    public ConfigureCommunityInputType()
    {
        Name = "ConfigureCommunityInput";
        Description = "Community settings to change; an omitted field keeps its value.";
        Field<StringGraphType>("name").Description("1..80 characters.");
        Field<StringGraphType>("timeZone").Description("IANA time zone name, e.g. Europe/Berlin.");
        Field<ListGraphType<NonNullGraphType<PointRuleInputType>>>("pointRules").Description("Points per action to change (0..100000); actions not listed keep their points.");
        Field<IntGraphType>("feedbackTargetDays").Description("Days within which feedback should be resolved, 1..365.");
        Field<StringGraphType>("language").Description("Language for texts the system writes (badge names, notifications): 'en' or 'zh' (default 'en').");
        Field<IntGraphType>("discussionPointsPerDay").Description("Times a day a member can earn DISCUSSION points, 0..100 (default 3).");
        Field<ListGraphType<NonNullGraphType<PriorityDaysInputType>>>("feedbackTargetDaysByPriority")
            .Description("Days to resolve by priority (1..365 each); the community's feedbackTargetDays is the default (LOW/MEDIUM). Replaces the whole list; [] clears it.");
        Field<FloatGraphType>("feedbackAtRiskShare").Description("Share of the time allowed after which an open item is AT_RISK and its assignee and moderators are told (default 0.8), strictly between 0 and 1.");
        Field<FloatGraphType>("feedbackResolutionTarget").Description("Target share resolved within the time allowed (default 0.70), greater than 0 and at most 1.");
        Field<IntGraphType>("welcomePoints").Description("Points given once on joinCommunity (default 0).");
        Field<IntGraphType>("certificateDays").Description("Days in a row for the streak certificate, 2..365 (default 30).");
    }
}
