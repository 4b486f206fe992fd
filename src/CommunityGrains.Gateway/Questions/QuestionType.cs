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
        Description = "A question asked at an event's Q&A; members upvote it and staff answer it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the question within its event.").Resolve(c => c.Source.Id);
        Field(x => x.Body).Description("The question, at most 2000 characters.");
        Field<MemberType>("author")
            .Description("Null when asked anonymously.")
            .ResolveAsync(async c => c.Source.AuthorId is { } id ? await c.Member(id) : null);
        Field(x => x.Upvotes).Description("Members who currently upvote it.");
        Field<NonNullGraphType<BooleanGraphType>>("upvotedByMe")
            .Description("True when the caller currently upvotes it.")
            .ResolveAsync(async c => await c.Grains().Reference<IQuestionGrain>(GrainKeys.Of(c.Actor().CommunityId, c.Source.EventId, c.Source.Id)).UpvotedBy(c.Actor()));
        Field<NonNullGraphType<BooleanGraphType>>("answered").Description("True once staff answered it.").Resolve(c => c.Source.Answer is not null);
        Field(x => x.Answer, nullable: true).Description("The staff's answer; null before.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("askedAt").Description("When it was asked.").Resolve(c => c.Source.AskedAt);
    }
}
