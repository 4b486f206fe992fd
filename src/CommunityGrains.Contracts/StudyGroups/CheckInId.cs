using System.Globalization;
using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// "{yyyy-MM-dd}:{member}": unique within a group (one check-in per member per day) and it names the day
/// grain that holds it, so a review or highlight needs no lookup.
/// </summary>
public static class CheckInId
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Of(DateOnly date, string memberId) =>
        date.ToString(DateFormat, CultureInfo.InvariantCulture) + ":" + memberId;

    public static (DateOnly Date, string MemberId) Parse(string id)
    {
        var separator = id.IndexOf(':', StringComparison.Ordinal);
        if (separator != DateFormat.Length
            || separator == id.Length - 1
            || !DateOnly.TryParseExact(id[..separator], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw DomainException.NotFound($"Check-in '{id}' does not exist.");
        }

        return (date, id[(separator + 1)..]);
    }
}
