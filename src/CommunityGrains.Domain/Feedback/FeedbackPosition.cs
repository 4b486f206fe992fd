using System.Globalization;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// Where a feedback listing is ordered: newest instant first, the id breaking ties, so a cursor names an exact
/// place even when two items share an instant.
/// </summary>
public sealed record FeedbackPosition(DateTimeOffset At, string Id) : IComparable<FeedbackPosition>
{
    /// <summary>Negative when this comes before <paramref name="other"/> in a newest-first listing.</summary>
    public int CompareTo(FeedbackPosition? other)
    {
        if (other is null)
        {
            return -1;
        }

        var byTime = other.At.UtcTicks.CompareTo(At.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(other.Id, Id);
    }

    public bool IsAfter(FeedbackPosition cursor) => CompareTo(cursor) > 0;

    public string Encode(string kind) => Cursor.Encode(kind, At.UtcTicks.ToString(CultureInfo.InvariantCulture) + ":" + Id);

    public static FeedbackPosition Decode(string kind, string cursor)
    {
        var text = Cursor.DecodeText(kind, cursor);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw new InvalidInputException("after", "is not a cursor issued by this API.");
        }

        return new FeedbackPosition(new DateTimeOffset(ticks, TimeSpan.Zero), text[(colon + 1)..]);
    }
}
