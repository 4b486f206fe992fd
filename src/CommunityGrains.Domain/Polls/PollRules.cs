using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Polls;

public static class PollRules
{
    public const int MinOptions = 2;
    public const int MaxOptions = 20;

    public static void OptionCount(int count)
    {
        if (count is < MinOptions or > MaxOptions)
        {
            throw new InvalidInputException("input.options", $"must have between {MinOptions} and {MaxOptions} options.");
        }
    }

    /// <summary>DRAFT → OPEN → CLOSED; a draft may also be closed without ever opening.</summary>
    public static PollStatus Next(PollStatus current, PollStatus wanted) => (current, wanted) switch
    {
        (PollStatus.Draft, PollStatus.Open) => PollStatus.Open,
        (PollStatus.Draft or PollStatus.Open, PollStatus.Closed) => PollStatus.Closed,
        _ => throw new InvalidInputException("pollId", $"the poll is {Name(current)}; it cannot be {(wanted == PollStatus.Open ? "opened" : "closed")} now."),
    };

    public static void RequireOpen(PollStatus status)
    {
        if (status != PollStatus.Open)
        {
            throw new InvalidInputException("pollId", $"the poll is {Name(status)}; votes are taken while it is OPEN.");
        }
    }

    public static string Name(PollStatus status) => status switch
    {
        PollStatus.Draft => "DRAFT",
        PollStatus.Open => "OPEN",
        _ => "CLOSED",
    };

    /// <summary>The label of an option that stands for a piece of feedback: its text, cut to a title's length at a word.</summary>
    public static string LabelOf(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        var elements = new System.Globalization.StringInfo(line);
        if (elements.LengthInTextElements <= InputLimits.MaxTitleLength)
        {
            return line;
        }

        return elements.SubstringByTextElements(0, InputLimits.MaxTitleLength - 1).TrimEnd() + "…";
    }
}
