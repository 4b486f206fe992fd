using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Questions;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Questions;

public sealed class QuestionType : ObjectGraphType<QuestionView>
{
    public QuestionType()
    {
        Name = "Question";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Body);
        Field<MemberType>("author")
            .Description("Null when asked anonymously.")
            .ResolveAsync(async c => c.Source.AuthorId is { } id ? await c.Member(id) : null);
        Field(x => x.Upvotes);
        Field<NonNullGraphType<BooleanGraphType>>("upvotedByMe")
            .ResolveAsync(async c => await c.Grains().Reference<IQuestionGrain>(GrainKeys.Of(c.Actor().CommunityId, c.Source.EventId, c.Source.Id)).UpvotedBy(c.Actor()));
        Field<NonNullGraphType<BooleanGraphType>>("answered").Resolve(c => c.Source.Answer is not null);
        Field(x => x.Answer, nullable: true);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("askedAt").Resolve(c => c.Source.AskedAt);
    }
}
