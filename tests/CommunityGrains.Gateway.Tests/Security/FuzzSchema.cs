using System.Text.Json;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>The served schema as the fuzzer needs it, read through the real endpoint's introspection.</summary>
public sealed class FuzzSchema
{
    public const string IntrospectionQuery = """
        query {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types {
              kind name
              fields { name args { name type { ...Ref } } type { ...Ref } }
              inputFields { name type { ...Ref } }
              enumValues { name }
              possibleTypes { name }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private FuzzSchema(IReadOnlyDictionary<string, NamedType> types, string query, string? mutation, string? subscription)
    {
        Types = types;
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
    }

    public IReadOnlyDictionary<string, NamedType> Types { get; }

    public string Query { get; }

    public string? Mutation { get; }

    public string? Subscription { get; }

    public static FuzzSchema Read(JsonElement data)
    {
        var schema = data.GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray()
            .Select(t => new NamedType(
                t.GetProperty("kind").GetString()!,
                t.GetProperty("name").GetString()!,
                List(t, "fields").Select(f => new Field(f.GetProperty("name").GetString()!, Inputs(f, "args"), Ref(f.GetProperty("type")))).ToList(),
                Inputs(t, "inputFields"),
                List(t, "enumValues").Select(e => e.GetProperty("name").GetString()!).ToList(),
                List(t, "possibleTypes").Select(p => p.GetProperty("name").GetString()!).ToList()))
            .ToDictionary(t => t.Name);
        return new FuzzSchema(types, RootName(schema, "queryType")!, RootName(schema, "mutationType"), RootName(schema, "subscriptionType"));
    }

    private static string? RootName(JsonElement schema, string property) =>
        schema.GetProperty(property) is { ValueKind: JsonValueKind.Object } root ? root.GetProperty("name").GetString() : null;

    private static IEnumerable<JsonElement> List(JsonElement type, string property) =>
        type.GetProperty(property) is { ValueKind: JsonValueKind.Array } items ? items.EnumerateArray() : [];

    private static List<InputValue> Inputs(JsonElement owner, string property) =>
        List(owner, property).Select(i => new InputValue(i.GetProperty("name").GetString()!, Ref(i.GetProperty("type")))).ToList();

    private static TypeRef Ref(JsonElement type) => new(
        type.GetProperty("kind").GetString()!,
        type.GetProperty("name").GetString(),
        type.TryGetProperty("ofType", out var inner) && inner.ValueKind == JsonValueKind.Object ? Ref(inner) : null);

    public sealed record NamedType(string Kind, string Name, IReadOnlyList<Field> Fields, IReadOnlyList<InputValue> InputFields, IReadOnlyList<string> EnumValues, IReadOnlyList<string> PossibleTypes);

    public sealed record Field(string Name, IReadOnlyList<InputValue> Args, TypeRef Type);

    public sealed record InputValue(string Name, TypeRef Type);

    public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
    {
        public string Named => Name ?? OfType!.Named;

        public override string ToString() => Kind switch
        {
            "NON_NULL" => OfType + "!",
            "LIST" => "[" + OfType + "]",
            _ => Name!,
        };
    }
}
