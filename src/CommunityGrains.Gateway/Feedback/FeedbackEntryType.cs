using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackEntryType : ObjectGraphType<FeedbackEntryView>
{
    public FeedbackEntryType()
    {
        Name = "FeedbackEntry";
        Description = "One step in a feedback item's history.";
        Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("REPLY (visible to the author), NOTE (staff only), STATUS (a change, written by the system).")
            .Resolve(c => EnumNames.Constant(c.Source.Kind));
        Field<NonNullGraphType<StringGraphType>>("text").Description("The reply or note, or the new status.").Resolve(c => c.Source.Text);
        Field<MemberType>("by").Description("Who wrote it; null for a status change.").ResolveAsync(async c => await c.MemberOrNull(c.Source.ById));
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When.").Resolve(c => c.Source.At);
    }
}
