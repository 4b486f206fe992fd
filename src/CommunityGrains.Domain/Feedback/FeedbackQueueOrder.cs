using System.Globalization;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Feedback;

/// <summary>
/// A place in one ordering of the queue: two numbers compared ascending, then the id, so a cursor names an exact
/// place whatever the sort and however many items share a key.
/// </summary>
public sealed record FeedbackQueueOrder(long Primary, long Secondary, string Id) : IComparable<FeedbackQueueOrder>
{
    public static FeedbackQueueOrder Of(FeedbackSort sort, string id, DateTimeOffset createdAt, DateTimeOffset dueAt, FeedbackPriority? priority) => sort switch
    {
        FeedbackSort.Newest => new(-createdAt.UtcTicks, 0, id),
        FeedbackSort.Oldest => new(createdAt.UtcTicks, 0, id),
        FeedbackSort.DueSoonest => new(dueAt.UtcTicks, 0, id),

        // Most urgent first (untriaged items last), the soonest due first within a priority.
        _ => new(-((int?)priority ?? -1), dueAt.UtcTicks, id),
    };

    public int CompareTo(FeedbackQueueOrder? other)
    {
        if (other is null)
        {
            return -1;
        }

        var primary = Primary.CompareTo(other.Primary);
        if (primary != 0)
        {
            return primary;
        }

        var secondary = Secondary.CompareTo(other.Secondary);
        return secondary != 0 ? secondary : string.CompareOrdinal(Id, other.Id);
    }

    public string Encode(FeedbackSort sort) =>
        Cursor.Encode(Kind(sort), string.Create(CultureInfo.InvariantCulture, $"{Primary}:{Secondary}:{Id}"));

    public static FeedbackQueueOrder Decode(FeedbackSort sort, string cursor)
    {
        var parts = Cursor.DecodeText(Kind(sort), cursor).Split(':', 3);
        if (parts.Length != 3 || parts[2].Length == 0
            || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var primary)
            || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var secondary))
        {
            throw new InvalidInputException("after", "is not a cursor issued by this API.");
        }

        return new FeedbackQueueOrder(primary, secondary, parts[2]);
    }

    /// <summary>A cursor of one sort is refused by another: its numbers mean something else there.</summary>
    private static string Kind(FeedbackSort sort) => "queue-" + ((int)sort).ToString(CultureInfo.InvariantCulture);
}
