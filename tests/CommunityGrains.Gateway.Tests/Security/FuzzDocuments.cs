using System.Globalization;
using System.Text;
using System.Text.Json;
using static CommunityGrains.Gateway.Tests.Security.FuzzSchema;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// Random GraphQL documents built from the served schema, mostly well-formed and often wrong: every root field with
/// arguments of every type (boundary, wrong-typed, overlong, unicode, null where non-null is expected, unknown
/// fields), variables, aliases, fragments, inline fragments and directives, and now and then a corrupted text.
/// Ids are drawn mostly from <paramref name="ids"/>, the objects that exist, and for an argument or field whose name
/// contains a key of <paramref name="idsByName"/> (<c>reward</c> in <c>rewardId</c>) mostly from that key's ids, so
/// that many calls are valid and reach real grains.
/// </summary>
public sealed class FuzzDocuments(FuzzSchema schema, Random random, IReadOnlyList<string> ids, IReadOnlyDictionary<string, string[]> idsByName)
{
    private const int MaxDepth = 3;

    /// <summary>
    /// Never sent. Leaving cannot be undone: it would take the fixed identities the invariant check reads through out of
    /// the community for the rest of the run (DataRightsTests covers it, bad input included). An admin's restock or a
    /// voucher mark changes the reward's stock by more than the redemptions the invariant counts
    /// (RewardManagementTests and HelperVoucherTests cover updateReward, HostileCases its bad input).
    /// </summary>
    private static readonly HashSet<string> Excluded = ["leaveCommunity", "updateReward"];

    private static readonly string[] Strings =
    [
        "", " ", "x", "Bike racks", "ünïcødé 🌸 中文 العربية", "\u0000nul", "\u202Eright-to-left", "line\nbreak", "'; DROP TABLE members; --",
        "<script>alert(1)</script>", "../../etc/passwd", "%s%n%x", "{{7*7}}", "Europe/Paris", "Pacific/Kiritimati", "Not/AZone",
        "2026-11-02", "2026-02-29", "2026-11-02T09:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "#FF0000", "https://example.org/hook",
        "MEMBER", "FOR", "null", "-1", "1e400", "🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸🌸",
    ];

    private static readonly long[] Integers = [0, 1, -1, 2, 3, 5, 10, 32, 50, 100, 101, 200, 201, 1000, 5000, 5001, 100000, 100001, int.MaxValue, int.MinValue, (long)int.MaxValue + 1];

    private static readonly double[] Floats = [0, -0.5, 0.5, 1.5, 3, 5, 1e15, -1e15, 1.7976931348623157e308, 52.52, 13.405, 91, -181];

    private readonly Dictionary<string, TypeRef> _variables = [];
    private readonly Dictionary<string, object?> _values = [];
    private readonly List<string> _fragments = [];

    /// <summary>
    /// The next document and its variables as JSON; over a socket, two in five are subscriptions and the variables are
    /// always an object (anything else is a malformed message, which graphql-transport-ws answers by closing).
    /// </summary>
    public (string Query, string Variables) Next(bool overSocket)
    {
        _variables.Clear();
        _values.Clear();
        _fragments.Clear();
        var roll = random.Next(100);
        var (keyword, root) = overSocket && schema.Subscription is { } subscription && roll >= 60
            ? ("subscription", subscription)
            : roll < 55 ? ("query", schema.Query) : ("mutation", schema.Mutation ?? schema.Query);

        var selection = new StringBuilder();
        var count = keyword == "subscription" ? 1 : random.Next(1, 3);
        for (var i = 0; i < count; i++)
        {
            selection.Append(FieldSelection(schema.Types[root], depth: 0));
        }

        var text = new StringBuilder(keyword);
        if (random.Next(4) == 0)
        {
            text.Append(" Fuzz").Append(random.Next(3));
        }

        if (_variables.Count > 0)
        {
            text.Append('(').AppendJoin(", ", _variables.Select(v => $"${v.Key}: {DeclaredType(v.Value)}")).Append(')');
        }

        text.Append(" { ").Append(selection).Append('}');
        foreach (var fragment in _fragments)
        {
            text.Append('\n').Append(fragment);
        }

        var query = random.Next(25) == 0 ? Corrupt(text.ToString()) : text.ToString();
        var variables = !overSocket && random.Next(30) == 0 ? RandomJson(0) : Json(_values);
        return (query, variables);
    }

    private string FieldSelection(NamedType owner, int depth)
    {
        if (owner.Fields.Count == 0)
        {
            return "__typename ";
        }

        var fields = depth == 0 ? owner.Fields.Where(f => !Excluded.Contains(f.Name)).ToList() : owner.Fields;
        var field = fields[random.Next(fields.Count)];
        var text = new StringBuilder();
        if (random.Next(5) == 0)
        {
            text.Append("a").Append(random.Next(1000)).Append(": ");
        }

        text.Append(field.Name);
        var arguments = field.Args.Where(a => a.Type.Kind == "NON_NULL" ? random.Next(30) != 0 : random.Next(2) == 0).ToList();
        if (random.Next(40) == 0)
        {
            arguments.Add(new InputValue("unknownArgument", new TypeRef("SCALAR", "String", null)));
        }

        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments.Select(a => $"{a.Name}: {Argument(a)}")).Append(')');
        }

        if (random.Next(20) == 0)
        {
            text.Append(random.Next(2) == 0 ? " @include(if: true)" : " @skip(if: false)");
        }

        text.Append(' ').Append(Selection(field.Type, depth + 1));
        return text.ToString();
    }

    private string Selection(TypeRef type, int depth)
    {
        var named = schema.Types[type.Named];
        var leaf = named.Kind is "SCALAR" or "ENUM";
        if (leaf)
        {
            return random.Next(50) == 0 ? "{ id } " : "";
        }

        if (depth > MaxDepth || random.Next(50) == 0)
        {
            return random.Next(3) == 0 ? "" : "{ __typename } ";
        }

        var body = new StringBuilder();
        if (named.Kind is "INTERFACE" or "UNION")
        {
            body.Append("__typename ");
            foreach (var possible in named.PossibleTypes.Where(_ => random.Next(2) == 0))
            {
                body.Append("... on ").Append(possible).Append(" { ").Append(FieldSelection(schema.Types[possible], depth)).Append("} ");
            }
        }
        else
        {
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                body.Append(FieldSelection(named, depth));
            }
        }

        if (random.Next(12) == 0)
        {
            var name = "F" + _fragments.Count;
            _fragments.Add($"fragment {name} on {named.Name} {{ {body}}}");
            return $"{{ ...{name} }} ";
        }

        return "{ " + body + "} ";
    }

    private string Argument(InputValue argument)
    {
        var type = argument.Type;
        var value = Value(type, 0, argument.Name);
        if (random.Next(6) != 0)
        {
            return Literal(value);
        }

        var name = "v" + _variables.Count;
        _variables[name] = type;
        if (random.Next(10) != 0)
        {
            _values[name] = value;
        }

        return "$" + name;
    }

    /// <summary>The variable's declared type: usually the argument's, sometimes loosened or simply wrong.</summary>
    private string DeclaredType(TypeRef type) => random.Next(15) switch
    {
        0 => "String",
        1 when type.Kind == "NON_NULL" => type.OfType!.ToString(),
        2 => "[" + type.Named + "!]!",
        3 => "Nope",
        _ => type.ToString(),
    };

    private object? Value(TypeRef type, int depth, string name)
    {
        if (random.Next(40) == 0)
        {
            return WrongValue();
        }

        switch (type.Kind)
        {
            case "NON_NULL":
                return random.Next(40) == 0 ? null : Value(type.OfType!, depth, name);
            case "LIST":
                if (random.Next(8) == 0)
                {
                    return Value(type.OfType!, depth, name);
                }

                var length = random.Next(60) == 0 ? 300 : random.Next(4);
                return Enumerable.Range(0, length).Select(_ => Value(type.OfType!, depth + 1, name)).ToList();
        }

        var named = schema.Types[type.Named];
        return named.Kind switch
        {
            "ENUM" => random.Next(20) == 0 ? new EnumLiteral("NOT_A_VALUE") : new EnumLiteral(named.EnumValues[random.Next(named.EnumValues.Count)]),
            "INPUT_OBJECT" when depth > MaxDepth => null,
            "INPUT_OBJECT" => InputObject(named, depth),
            _ => Scalar(named.Name, name),
        };
    }

    private Dictionary<string, object?> InputObject(NamedType named, int depth)
    {
        var fields = named.InputFields
            .Where(f => f.Type.Kind == "NON_NULL" ? random.Next(25) != 0 : random.Next(2) == 0)
            .ToDictionary(f => f.Name, f => Value(f.Type, depth + 1, f.Name));
        if (random.Next(30) == 0)
        {
            fields["unknownField"] = 1L;
        }

        return fields;
    }

    private object? Scalar(string type, string name) => type switch
    {
        "Int" => Integers[random.Next(Integers.Length)],
        "Float" => Floats[random.Next(Floats.Length)],
        "Boolean" => random.Next(2) == 0,
        "ID" when random.Next(5) < 4 && idsByName.FirstOrDefault(hint => name.Contains(hint.Key, StringComparison.OrdinalIgnoreCase)).Value is { } named =>
            named[random.Next(named.Length)],
        "ID" => random.Next(5) < 3 && ids.Count > 0 ? ids[random.Next(ids.Count)] : Text(),
        "DateTime" => random.Next(3) == 0 ? Text() : DateTimeOffset.UtcNow.AddHours(random.Next(-24 * 400, 24 * 400)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        "Date" => random.Next(3) == 0 ? Text() : DateOnly.FromDateTime(DateTime.UtcNow).AddDays(random.Next(-400, 400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Text(),
    };

    private string Text() => random.Next(12) switch
    {
        0 => new string('a', new[] { 33, 65, 201, 2001, 5001, 20001 }[random.Next(6)]),
        1 => string.Concat(Enumerable.Repeat("ü🌸", random.Next(1, 3000))),
        2 => ids.Count > 0 ? ids[random.Next(ids.Count)] : "x",
        _ => Strings[random.Next(Strings.Length)],
    };

    private object? WrongValue() => random.Next(6) switch
    {
        0 => Text(),
        1 => Integers[random.Next(Integers.Length)],
        2 => new Dictionary<string, object?> { ["id"] = "x" },
        3 => new EnumLiteral("FOR"),
        4 => new List<object?> { 1L, "two", null },
        _ => random.Next(2) == 0,
    };

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        EnumLiteral literal => literal.Name,
        List<object?> items => "[" + string.Join(", ", items.Select(Literal)) + "]",
        Dictionary<string, object?> fields => "{" + string.Join(", ", fields.Select(f => $"{f.Key}: {Literal(f.Value)}")) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string Json(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        EnumLiteral literal => JsonSerializer.Serialize(literal.Name),
        List<object?> items => "[" + string.Join(",", items.Select(Json)) + "]",
        Dictionary<string, object?> fields => "{" + string.Join(",", fields.Select(f => $"{JsonSerializer.Serialize(f.Key)}:{Json(f.Value)}")) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private string RandomJson(int depth) => random.Next(depth > 3 ? 4 : 6) switch
    {
        0 => "null",
        1 => "\"" + random.Next() + "\"",
        2 => "1e999",
        3 => "true",
        4 => "[" + RandomJson(depth + 1) + "]",
        _ => "{\"v0\":" + RandomJson(depth + 1) + "}",
    };

    private string Corrupt(string document)
    {
        string[] tokens = ["{", "}", "(", ")", "$", "!", "...", "@", "\"", ":", "#", "\n", "fragment", "on", "__schema"];
        var text = new StringBuilder(document);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            if (random.Next(2) == 0 && at < text.Length)
            {
                text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
            }
            else
            {
                text.Insert(at, tokens[random.Next(tokens.Length)]);
            }
        }

        return text.ToString();
    }

    private sealed record EnumLiteral(string Name);
}
