using System.Globalization;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Members;

public sealed class PointsEntryType : ObjectGraphType<PointsEntryView>
{
    public PointsEntryType()
    {
        Name = "PointsEntry";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Sequence.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<PointActionType>>("action").Resolve(c => c.Source.Action);
        Field(x => x.Points).Description("Negative for redemptions.");
        Field(x => x.Reason);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Resolve(c => c.Source.At);
    }
}
