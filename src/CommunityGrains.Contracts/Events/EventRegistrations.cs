using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Events;

/// <summary>Registrations live in pages of <see cref="PageSize"/> in arrival order, so no write grows with the event.</summary>
public static class EventRegistrations
{
    public const int PageSize = 100;

    public static long PageOf(long seq) => seq / PageSize;

    public static string PageKey(string communityId, string eventId, long page) =>
        GrainKeys.Of(communityId, eventId, page.ToString(CultureInfo.InvariantCulture));
}
