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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("groupId").Resolve(c => c.Source.GroupId);
        Field<NonNullGraphType<MemberType>>("member").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field<NonNullGraphType<DateGraphType>>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
        Field(x => x.Note, nullable: true);
        Field(x => x.Highlighted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PeerReviewType>>>>("reviews").Resolve(c => c.Source.Reviews);
    }
}

public sealed class PeerReviewType : ObjectGraphType<PeerReviewView>
{
    public PeerReviewType()
    {
        Name = "PeerReview";
        Field<NonNullGraphType<MemberType>>("reviewer").ResolveAsync(async c => await c.Member(c.Source.ReviewerId));
        Field(x => x.Rating);
        Field(x => x.Comment, nullable: true);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
    }
}
