using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Proposals;

/// <summary>Input rules of a proposal that are not plain text limits.</summary>
public static class ProposalRules
{
    public static double? Budget(double? value, string field)
    {
        if (value is { } budget && (!double.IsFinite(budget) || budget < 0))
        {
            throw new InvalidInputException(field, "must be a non-negative amount.");
        }

        return value;
    }

    public static DateTimeOffset ClosingTime(DateTimeOffset closesAt, DateTimeOffset now, string field) =>
        closesAt > now ? closesAt : throw new InvalidInputException(field, "must be in the future.");

    /// <summary>A decision reason or implementation note: required, within the note limit.</summary>
    public static string RequiredNote(string? value, string field) => InputLimits.Text(value, field, 1, InputLimits.MaxNoteLength);
}
