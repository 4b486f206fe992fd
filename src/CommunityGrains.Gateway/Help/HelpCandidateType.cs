using CommunityGrains.Contracts.Help;
using CommunityGrains.Gateway.Execution;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Help;

public sealed class HelpCandidateType : ObjectGraphType<HelpCandidateView>
{
    public HelpCandidateType()
    {
        Name = "HelpCandidate";
        Description = "A help request found near a point or matched to one of mine, with why it ranks where it does.";
        Field<NonNullGraphType<HelpRequestType>>("request").Description("The request found.").ResolveAsync(async c => await c.Grain<IHelpRequestGrain>(c.Source.RequestId).Get());
        Field(x => x.DistanceKm).Description("Rounded to 0.1 km.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTags").Description("Tags the request shares with the search or with my request.").Resolve(c => c.Source.SharedTags);
        Field(x => x.Score).Description("Ranking score; higher is a better match (distance, shared tags, helper rating).");
    }
}
