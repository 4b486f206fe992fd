using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Incentives;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Members;

public sealed class BadgeAwardType : ObjectGraphType<BadgeAwardView>
{
    public BadgeAwardType()
    {
        Name = "BadgeAward";
        Description = "A badge a member holds, and why.";
        Field<NonNullGraphType<BadgeType>>("badge").Description("The badge.").ResolveAsync(async c =>
        {
            // The catalogue names automatic badges in the community's language; a badge is never removed from it, so
            // the fallback only keeps the non-null contract if one were.
            var id = c.Source.BadgeId;
            var catalog = c.Grains().Reference<IBadgeCatalogGrain>(IncentiveKeys.BadgeCatalog(c.Actor().CommunityId));
            return await catalog.Find(id) ?? new BadgeView(id, id, "", false);
        });
        Field<NonNullGraphType<UtcDateTimeGraphType>>("awardedAt").Description("When it was awarded.").Resolve(c => c.Source.AwardedAt);
        Field(x => x.Reason).Description("Why it was awarded.");
        Field<MemberType>("awardedBy").Description("The moderator or admin who awarded it; null for badges the system awards by itself.").ResolveAsync(async c => await c.MemberOrNull(c.Source.AwardedBy));
    }
}
