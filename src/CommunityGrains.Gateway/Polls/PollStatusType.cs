using CommunityGrains.Domain.Polls;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Polls;

public sealed class PollStatusType : EnumerationGraphType<PollStatus>
{
    public PollStatusType()
    {
        Name = "PollStatus";
        Description = "Where a poll is: DRAFT (being prepared), OPEN (taking votes) or CLOSED (counts final).";
    }
}
