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
        Description = "A point in WGS 84 degrees. Kept private: only a coarse area is ever shown.";
        Field<NonNullGraphType<FloatGraphType>>("latitude").Description("-90..90.");
        Field<NonNullGraphType<FloatGraphType>>("longitude").Description("-180..180.");
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
    public List<TimeWindowInput>? Availability { get; set; }
}

public sealed class PostHelpRequestInputType : InputObjectGraphType<PostHelpRequestInput>
{
    public PostHelpRequestInputType()
    {
        Name = "PostHelpRequestInput";
        Description = "A new help request.";
        Field<IdGraphType>("id").Description("Client-chosen id (at most 64 characters) that makes retries safe; a new id is made when omitted.");
        Field<NonNullGraphType<HelpKindType>>("kind").Description("NEED or OFFER.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("1..200 characters.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("1..5000 characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Up to 10 tags, each at most 32 characters.");
        Field<NonNullGraphType<GeoPointInputType>>("location").Description("Where; stored privately, shown only as a coarse area.");
        Field<UtcDateTimeGraphType>("expiresAt").Description("In the future and within a year; 14 days from now when omitted.");
        Field<ListGraphType<NonNullGraphType<TimeWindowInputType>>>("availability").Description("At most 21 weekly windows when help is wanted or offered; matching prefers overlaps.");
    }
}

public sealed class TimeWindowInput
{
    public int Weekday { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
}

public sealed class TimeWindowInputType : InputObjectGraphType<TimeWindowInput>
{
    public TimeWindowInputType()
    {
        Name = "TimeWindowInput";
        Description = "A weekly window in the community's time zone.";
        Field<NonNullGraphType<IntGraphType>>("weekday").Description("1 = Monday .. 7 = Sunday.");
        Field<NonNullGraphType<StringGraphType>>("from").Description("Start, HH:mm.");
        Field<NonNullGraphType<StringGraphType>>("to").Description("End, HH:mm, later than from.");
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
        Description = "A rating of the other party of a completed request.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The COMPLETED request.");
        Field<NonNullGraphType<IntGraphType>>("stars").Description("1..5.");
        Field<StringGraphType>("comment").Description("Optional, at most 2000 characters.");
    }
}
