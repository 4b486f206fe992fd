using System.Globalization;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Tests.Introspection;

/// <summary>
/// A schema as sorted lines, one per type, field, argument, input field, enum value and root, each with its type,
/// default, description and deprecation: built from an introspection answer the way a client builds its schema, or
/// from SDL, so that the two can be compared line by line.
/// </summary>
public static class SchemaShape
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    public static List<string> FromIntrospection(JsonElement schema)
    {
        var lines = new List<string>();
        foreach (var root in new[] { "queryType", "mutationType", "subscriptionType" })
        {
            if (schema.GetProperty(root).ValueKind == JsonValueKind.Object)
            {
                lines.Add($"root {root} {schema.GetProperty(root).GetProperty("name").GetString()}");
            }
        }

        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(name))
            {
                continue;
            }

            var kind = type.GetProperty("kind").GetString()!;
            lines.Add($"type {kind} {name} | {Text(type, "description")}");
            foreach (var field in Array(type, "fields"))
            {
                var path = $"{name}.{field.GetProperty("name").GetString()}";
                lines.Add($"field {path}: {TypeRef(field.GetProperty("type"))} | {Text(field, "description")} | {Deprecation(field)}");
                foreach (var arg in Array(field, "args"))
                {
                    lines.Add(InputValue("arg " + path, arg));
                }
            }

            foreach (var input in Array(type, "inputFields"))
            {
                lines.Add(InputValue("input " + name, input));
            }

            foreach (var value in Array(type, "enumValues"))
            {
                lines.Add($"enum {name}.{value.GetProperty("name").GetString()} | {Text(value, "description")} | {Deprecation(value)}");
            }

            foreach (var implemented in Array(type, "interfaces"))
            {
                lines.Add($"implements {name} {implemented.GetProperty("name").GetString()}");
            }

            if (kind == "UNION")
            {
                lines.AddRange(Array(type, "possibleTypes").Select(member => $"member {name} {member.GetProperty("name").GetString()}"));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public static List<string> FromSdl(string sdl)
    {
        var document = Parser.Parse(sdl);
        var lines = new List<string>();
        var schema = document.Definitions.OfType<GraphQLSchemaDefinition>().SingleOrDefault();
        var types = document.Definitions.OfType<GraphQLTypeDefinition>().Select(t => t.Name.StringValue).ToHashSet();
        foreach (var (operation, root) in new[] { (OperationType.Query, "queryType"), (OperationType.Mutation, "mutationType"), (OperationType.Subscription, "subscriptionType") })
        {
            var name = schema?.OperationTypes?.FirstOrDefault(o => o.Operation == operation)?.Type?.Name.StringValue
                ?? (types.Contains(operation.ToString()) ? operation.ToString() : null);
            if (name is not null)
            {
                lines.Add($"root {root} {name}");
            }
        }

        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            var name = definition.Name.StringValue;
            var (kind, fields, inputs, values, interfaces, members) = definition switch
            {
                GraphQLObjectTypeDefinition o => ("OBJECT", o.Fields?.Items, null, null, o.Interfaces?.Items, null),
                GraphQLInterfaceTypeDefinition i => ("INTERFACE", i.Fields?.Items, null, null, i.Interfaces?.Items, null),
                GraphQLInputObjectTypeDefinition i => ("INPUT_OBJECT", null, i.Fields?.Items, null, null, null),
                GraphQLEnumTypeDefinition e => ("ENUM", null, null, e.Values?.Items, null, null),
                GraphQLUnionTypeDefinition u => ("UNION", null, null, null, null, u.Types?.Items),
                GraphQLScalarTypeDefinition => ("SCALAR", (List<GraphQLFieldDefinition>?)null, (List<GraphQLInputValueDefinition>?)null, (List<GraphQLEnumValueDefinition>?)null, (List<GraphQLNamedType>?)null, (List<GraphQLNamedType>?)null),
                _ => throw new InvalidOperationException($"Unexpected definition {definition.Kind}"),
            };
            lines.Add($"type {kind} {name} | {definition.Description?.Value.ToString() ?? "-"}");
            foreach (var field in fields ?? [])
            {
                var path = $"{name}.{field.Name.StringValue}";
                lines.Add($"field {path}: {TypeRef(field.Type)} | {field.Description?.Value.ToString() ?? "-"} | {Deprecation(field.Directives)}");
                foreach (var arg in field.Arguments?.Items ?? [])
                {
                    lines.Add(InputValue("arg " + path, arg));
                }
            }

            foreach (var input in inputs ?? [])
            {
                lines.Add(InputValue("input " + name, input));
            }

            foreach (var value in values ?? [])
            {
                lines.Add($"enum {name}.{value.Name.StringValue} | {value.Description?.Value.ToString() ?? "-"} | {Deprecation(value.Directives)}");
            }

            lines.AddRange((interfaces ?? []).Select(i => $"implements {name} {i.Name.StringValue}"));
            lines.AddRange((members ?? []).Select(m => $"member {name} {m.Name.StringValue}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static IEnumerable<JsonElement> Array(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static string Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "-";

    private static string Deprecation(JsonElement owner) =>
        owner.TryGetProperty("isDeprecated", out var deprecated) && deprecated.GetBoolean() ? "deprecated: " + Text(owner, "deprecationReason") : "-";

    private static string Deprecation(GraphQLDirectives? directives) =>
        directives?.Items.FirstOrDefault(d => d.Name.StringValue == "deprecated") is { } deprecated
            ? "deprecated: " + (deprecated.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "reason")?.Value is GraphQLStringValue reason ? reason.Value.ToString() : "No longer supported")
            : "-";

    private static string InputValue(string owner, JsonElement value) =>
        $"{owner}.{value.GetProperty("name").GetString()}: {TypeRef(value.GetProperty("type"))} = {Default(value)} | {Text(value, "description")} | {Deprecation(value)}";

    private static string InputValue(string owner, GraphQLInputValueDefinition value) =>
        $"{owner}.{value.Name.StringValue}: {TypeRef(value.Type)} = {(value.DefaultValue is null ? "-" : Literal(value.DefaultValue))} | {value.Description?.Value.ToString() ?? "-"} | {Deprecation(value.Directives)}";

    /// <summary>The introspection default is GraphQL literal text; parsed and printed again, so both sides use one notation.</summary>
    private static string Default(JsonElement value) =>
        value.TryGetProperty("defaultValue", out var text) && text.ValueKind == JsonValueKind.String
            ? Literal(Parser.Parse($"query($v: Int = {text.GetString()}) {{ a }}").Definitions.OfType<GraphQLOperationDefinition>().Single().Variables!.Items[0].DefaultValue!)
            : "-";

    private static string Literal(GraphQLValue value) => value switch
    {
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => double.Parse(f.Value.ToString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        GraphQLStringValue s => JsonSerializer.Serialize(s.Value.ToString()),
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLNullValue => "null",
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue l => "[" + string.Join(", ", l.Values?.Select(Literal) ?? []) + "]",
        GraphQLObjectValue o => "{" + string.Join(", ", (o.Fields ?? []).OrderBy(f => f.Name.StringValue, StringComparer.Ordinal).Select(f => $"{f.Name.StringValue}: {Literal(f.Value)}")) + "}",
        _ => throw new InvalidOperationException($"Unexpected literal {value.Kind}"),
    };

    private static string TypeRef(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeRef(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static string TypeRef(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => TypeRef(n.Type) + "!",
        GraphQLListType l => "[" + TypeRef(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException($"Unexpected type {type.Kind}"),
    };
}
