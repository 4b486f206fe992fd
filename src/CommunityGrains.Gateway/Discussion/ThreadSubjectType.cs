using CommunityGrains.Domain.Discussion;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class ThreadSubjectType : EnumerationGraphType<ThreadSubject>
{
    public ThreadSubjectType()
    {
        Name = "ThreadSubject";
        Description = "What a thread is under: PROPOSAL, FEEDBACK, STUDY_GROUP, HELP_REQUEST or EVENT.";
    }
}
