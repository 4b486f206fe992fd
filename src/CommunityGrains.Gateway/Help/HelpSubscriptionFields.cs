using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Notifications;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpSubscriptionFields : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<HelpRequestType>>("myHelpRequestUpdates")
            .Description("Pushed when someone volunteers for, or is accepted on, one of my requests.")
            .ResolveStreamAsync(c => c.Notifications<HelpRequestView>(NotificationTopics.HelpUpdates, GrainKeys.Of(c.Actor().CommunityId, c.Actor().MemberId)));
    }
}
