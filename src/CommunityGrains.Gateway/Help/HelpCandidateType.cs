using CommunityGrains.Contracts.Help;
using CommunityGrains.Gateway.Execution;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpCandidateType : ObjectGraphType<HelpCandidateView>
{
    public HelpCandidateType()
    {
        Name = "HelpCandidate";
        Field<NonNullGraphType<HelpRequestType>>("request").ResolveAsync(async c => await c.Grain<IHelpRequestGrain>(c.Source.RequestId).Get());
        Field(x => x.DistanceKm).Description("Rounded to 0.1 km.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTags").Resolve(c => c.Source.SharedTags);
        Field(x => x.Score);
    }
}
