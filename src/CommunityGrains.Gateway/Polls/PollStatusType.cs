using CommunityGrains.Domain.Polls;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Polls;

public sealed class PollStatusType : EnumerationGraphType<PollStatus>
{
    public PollStatusType() => Name = "PollStatus";
}
