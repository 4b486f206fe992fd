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
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("interests");
        Field<MemberSegmentType>("segment");
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
        Field<StringGraphType>("displayName");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("interests");
        Field<MemberSegmentType>("segment");
    }
}
