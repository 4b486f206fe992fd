using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class CreateStudyGroupInput
{
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public string Goal { get; set; } = "";
    public int? Capacity { get; set; }
    public string? MentorId { get; set; }
    public List<string>? Tags { get; set; }
}

public sealed class CreateStudyGroupInputType : InputObjectGraphType<CreateStudyGroupInput>
{
    public CreateStudyGroupInputType()
    {
        Name = "CreateStudyGroupInput";
        Description = "A new study group.";
        Field<IdGraphType>("id").Description("Client-chosen id (at most 64 characters) that makes retries safe; a new id is made when omitted.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("1..80 characters.");
        Field<NonNullGraphType<StringGraphType>>("goal").Description("What the group works towards; 1..200 characters.");
        Field<IntGraphType>("capacity").Description("Members allowed, 3..5; the mentor is not counted.").DefaultValue(5);
        Field<IdGraphType>("mentorId").Description("Member id of an optional mentor, who can highlight check-ins.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("At most 10 tags of 1..32 characters, matched by studyGroups; stored lower case.");
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
        Description = "Today's check-in in a study group.";
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("A group the caller is a member of.");
        Field<StringGraphType>("note").Description("Optional, at most 2000 characters; a repeat the same day replaces it.");
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
        Description = "A peer's rating of a check-in.";
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("The group of the check-in.");
        Field<NonNullGraphType<IdGraphType>>("checkInId").Description("The check-in's id.");
        Field<NonNullGraphType<IntGraphType>>("rating").Description("1..5.");
        Field<StringGraphType>("comment").Description("Optional, at most 2000 characters.");
    }
}
