using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Schema;

/// <summary>The contract's <c>Date</c>: a calendar date "YYYY-MM-DD" in the community's time zone.</summary>
public sealed class DateGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

    public DateGraphType()
    {
        Name = "Date";
        Description = "Calendar date YYYY-MM-DD in the community's time zone.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text => Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date in the form YYYY-MM-DD.");
}
