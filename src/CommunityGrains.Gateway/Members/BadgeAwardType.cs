using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Incentives;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Incentives;
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
        Field<NonNullGraphType<BadgeType>>("badge").ResolveAsync(async c =>
        {
            var id = c.Source.BadgeId;
            if (AutomaticBadges.Find(id) is { } automatic)
            {
                return BadgeView.From(automatic);
            }

            // Badges are never removed from the catalogue; the fallback only keeps the non-null contract if one were.
            var catalog = c.Grains().Reference<IBadgeCatalogGrain>(IncentiveKeys.BadgeCatalog(c.Actor().CommunityId));
            return await catalog.Find(id) ?? new BadgeView(id, id, "", false);
        });
        Field<NonNullGraphType<UtcDateTimeGraphType>>("awardedAt").Resolve(c => c.Source.AwardedAt);
        Field(x => x.Reason);
        Field<MemberType>("awardedBy").ResolveAsync(async c => await c.MemberOrNull(c.Source.AwardedBy));
    }
}
