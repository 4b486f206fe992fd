using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Schema;

/// <summary>The contract's <c>DateTime</c>: ISO-8601 in UTC with a Z ("2026-11-22T14:03:00Z").</summary>
public sealed class UtcDateTimeGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public UtcDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "ISO-8601 instant in UTC, e.g. 2026-11-22T14:03:00Z.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime instant => instant.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToUniversalTime(),
        string text => Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && text.Contains('T')
            ? instant.ToUniversalTime()
            : throw new FormatException($"'{text}' is not an ISO-8601 date and time such as 2026-11-22T14:03:00Z.");
}
