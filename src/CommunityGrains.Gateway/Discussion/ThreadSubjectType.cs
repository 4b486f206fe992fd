using CommunityGrains.Domain.Discussion;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Discussion;

public sealed class ThreadSubjectType : EnumerationGraphType<ThreadSubject>
{
    public ThreadSubjectType()
    {
        Name = "ThreadSubject";
        Description = "What a thread is under (and what a notification is about): a proposal, feedback item, study group, help request or event.";
    }
}
