using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class CreateStudyGroupInput
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string Goal { get; set; } = "";
    public int? Capacity { get; set; }
    public string? MentorId { get; set; }
}

public sealed class CreateStudyGroupInputType : InputObjectGraphType<CreateStudyGroupInput>
{
    public CreateStudyGroupInputType()
    {
        Name = "CreateStudyGroupInput";
        Field<IdGraphType>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("goal");
        Field<IntGraphType>("capacity").DefaultValue(5);
        Field<IdGraphType>("mentorId");
    }
}

public sealed class CheckInInput
{
    public string GroupId { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class CheckInInputType : InputObjectGraphType<CheckInInput>
{
    public CheckInInputType()
    {
        Name = "CheckInInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<StringGraphType>("note");
    }
}

public sealed class ReviewCheckInInput
{
    public string GroupId { get; set; } = "";
    public string CheckInId { get; set; } = "";
    public int Rating { get; set; }
    public string? Comment { get; set; }
}

public sealed class ReviewCheckInInputType : InputObjectGraphType<ReviewCheckInInput>
{
    public ReviewCheckInInputType()
    {
        Name = "ReviewCheckInInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<IdGraphType>>("checkInId");
        Field<NonNullGraphType<IntGraphType>>("rating");
        Field<StringGraphType>("comment");
    }
}
