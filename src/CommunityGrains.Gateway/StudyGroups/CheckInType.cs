using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;
using DateGraphType = CommunityGrains.Gateway.Schema.DateGraphType;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class CheckInType : ObjectGraphType<CheckInView>
{
    public CheckInType()
    {
        Name = "CheckIn";
        Description = "A member's daily check-in in a study group.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the check-in (date and member).").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("The study group.").Resolve(c => c.Source.GroupId);
        Field<NonNullGraphType<MemberType>>("member").Description("Who checked in.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field<NonNullGraphType<DateGraphType>>("date").Description("The day it counts for, in the community's time zone.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the member checked in (the first time that day).").Resolve(c => c.Source.At);
        Field(x => x.Note, nullable: true).Description("What the member did; null when they wrote nothing.");
        Field(x => x.Highlighted).Description("True when the mentor or a moderator pinned it as exemplary.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerReviewType>>>>("reviews").Description("Peer reviews of this check-in, oldest first.").Resolve(c => c.Source.Reviews);
    }
}

public sealed class PeerReviewType : ObjectGraphType<PeerReviewView>
{
    public PeerReviewType()
    {
        Name = "PeerReview";
        Description = "A group peer's rating of a check-in.";
        Field<NonNullGraphType<MemberType>>("reviewer").Description("The peer who reviewed.").ResolveAsync(async c => await c.Member(c.Source.ReviewerId));
        Field(x => x.Rating).Description("1..5.");
        Field(x => x.Comment, nullable: true).Description("Optional comment; null when none was given.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the review was given.").Resolve(c => c.Source.At);
    }
}
