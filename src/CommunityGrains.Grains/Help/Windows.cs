using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Grains.Help;

/// <summary>Availability windows between their contract form ("HH:mm" text) and the domain's.</summary>
internal static class Windows
{
    public static IReadOnlyList<(int Weekday, string From, string To)>? Raw(IReadOnlyList<TimeWindowView>? views) =>
        views?.Select(v => (v.Weekday, v.From, v.To)).ToList();

    public static IEnumerable<TimeWindowView> Views(IEnumerable<TimeWindow> windows) =>
        windows.Select(w => new TimeWindowView(w.Weekday, Availability.Text(w.From), Availability.Text(w.To)));

    /// <summary>Stored windows were checked when posted, so this never throws for them.</summary>
    public static IReadOnlyList<TimeWindow> Of(IReadOnlyList<TimeWindowView> views) => Availability.Parse(Raw(views), "availability");
}
