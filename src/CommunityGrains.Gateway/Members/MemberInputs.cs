using CommunityGrains.Contracts.Members;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Members;

public sealed class JoinCommunityInput
{
    public string DisplayName { get; set; } = "";
    public List<string>? Interests { get; set; }
    public MemberSegment? Segment { get; set; }
}

public sealed class JoinCommunityInputType : InputObjectGraphType<JoinCommunityInput>
{
    public JoinCommunityInputType()
    {
        Name = "JoinCommunityInput";
        Description = "A new member's profile.";
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("Name shown to others; 1..80 characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("interests").Description("Up to 10 tags, each at most 32 characters.");
        Field<MemberSegmentType>("segment").Description("Refused with BAD_USER_INPUT: segments are derived from behaviour (see Member.segment).");
    }
}

public sealed class UpdateProfileInput
{
    public string? DisplayName { get; set; }
    public List<string>? Interests { get; set; }
    public MemberSegment? Segment { get; set; }
}

public sealed class UpdateProfileInputType : InputObjectGraphType<UpdateProfileInput>
{
    public UpdateProfileInputType()
    {
        Name = "UpdateProfileInput";
        Description = "Profile changes; an omitted field keeps its value.";
        Field<StringGraphType>("displayName").Description("New name shown to others; 1..80 characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("interests").Description("Replaces all interests; up to 10 tags, each at most 32 characters.");
        Field<MemberSegmentType>("segment").Description("Refused with BAD_USER_INPUT: segments are derived from behaviour (see Member.segment).");
    }
}
