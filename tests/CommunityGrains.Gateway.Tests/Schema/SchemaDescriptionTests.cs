using System.Text.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Schema;

/// <summary>
/// App developers read the schema in GraphiQL's documentation explorer and in generated clients;
/// every public type, field and argument must say what it is there.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SchemaDescriptionTests(TestHost host)
{
    private const string DescriptionsQuery = """
        {
          __schema {
            types {
              name
              description
              fields { name description args { name description } }
              inputFields { name description }
            }
          }
        }
        """;

    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public async Task Every_public_type_field_and_argument_has_a_description()
    {
        var response = (await host.Anonymous().Send(DescriptionsQuery)).EnsureSuccess();

        var missing = new List<string>();
        foreach (var type in response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray())
        {
            var typeName = type.GetProperty("name").GetString()!;
            if (typeName.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.Contains(typeName))
            {
                continue;
            }

            if (Blank(type))
            {
                missing.Add(typeName);
            }

            foreach (var field in Items(type, "fields"))
            {
                var fieldName = $"{typeName}.{field.GetProperty("name").GetString()}";
                if (Blank(field))
                {
                    missing.Add(fieldName);
                }

                missing.AddRange(Items(field, "args").Where(Blank).Select(a => $"{fieldName}({a.GetProperty("name").GetString()})"));
            }

            missing.AddRange(Items(type, "inputFields").Where(Blank).Select(f => $"{typeName}.{f.GetProperty("name").GetString()}"));
        }

        Assert.True(missing.Count == 0, $"{missing.Count} schema elements have no description:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static bool Blank(JsonElement element) =>
        !element.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString());
}
