using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class ChannelCountType : ObjectGraphType<KeyValuePair<FeedbackChannel, int>>
{
    public ChannelCountType()
    {
        Name = "ChannelCount";
        Description = "How many items of the report's period had this channel.";
        Field<NonNullGraphType<FeedbackChannelType>>("channel").Description("The channel.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Items submitted in the period.").Resolve(c => c.Source.Value);
    }
}
