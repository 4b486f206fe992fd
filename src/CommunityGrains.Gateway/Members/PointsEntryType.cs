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
        Description = "One change of a member's points.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Sequence number of the entry within the member's history.").Resolve(c => c.Source.Sequence.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<PointActionType>>("action").Description("What earned or spent the points.").Resolve(c => c.Source.Action);
        Field(x => x.Points).Description("Negative for redemptions.");
        Field(x => x.Reason).Description("Human-readable reason.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When the points changed.").Resolve(c => c.Source.At);
    }
}
