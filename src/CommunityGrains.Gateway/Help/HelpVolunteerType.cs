using CommunityGrains.Contracts.Help;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpVolunteerType : ObjectGraphType<HelpVolunteerView>
{
    public HelpVolunteerType()
    {
        Name = "HelpVolunteer";
        Description = "One volunteer of a request and what they wrote to the author.";
        Field<NonNullGraphType<MemberType>>("member").Description("The volunteer.").ResolveAsync(async c => await c.Member(c.Source.MemberId));
        Field(x => x.Message, nullable: true).Description("Their note to the author; null when they wrote none.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("at").Description("When they volunteered.").Resolve(c => c.Source.At);
    }
}
