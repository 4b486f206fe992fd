using CommunityGrains.Domain.Help;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class GeoPointInput
{
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public sealed class GeoPointInputType : InputObjectGraphType<GeoPointInput>
{
    public GeoPointInputType()
    {
        Name = "GeoPointInput";
        Field<NonNullGraphType<FloatGraphType>>("latitude");
        Field<NonNullGraphType<FloatGraphType>>("longitude");
    }
}

public sealed class PostHelpRequestInput
{
    public string? Id { get; set; }
    public HelpKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string>? Tags { get; set; }
    public GeoPointInput Location { get; set; } = new();
    public DateTimeOffset? ExpiresAt { get; set; }
}

public sealed class PostHelpRequestInputType : InputObjectGraphType<PostHelpRequestInput>
{
    public PostHelpRequestInputType()
    {
        Name = "PostHelpRequestInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<HelpKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field<NonNullGraphType<GeoPointInputType>>("location");
        Field<UtcDateTimeGraphType>("expiresAt");
    }
}

public sealed class RateHelpInput
{
    public string RequestId { get; set; } = "";
    public int Stars { get; set; }
    public string? Comment { get; set; }
}

public sealed class RateHelpInputType : InputObjectGraphType<RateHelpInput>
{
    public RateHelpInputType()
    {
        Name = "RateHelpInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<IntGraphType>>("stars");
        Field<StringGraphType>("comment");
    }
}
