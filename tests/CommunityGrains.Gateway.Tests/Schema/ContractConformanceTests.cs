using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Tests.Infrastructure;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Schema;

/// <summary>
/// contract/ holds copies of the API contract apps program against: community.graphql and, once a capability is
/// built, its extension file from the design (events.graphql, conversation.graphql, ...). Everything in them, the
/// <c>extend</c> blocks included, must be served with the same name, arguments and types; the running schema may add to it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ContractConformanceTests(TestHost host)
{
    [Fact]
    public void Every_type_field_argument_and_enum_value_of_the_contract_is_served()
    {
        var served = Parser.Parse(SchemaText.Print(host.Services.GetRequiredService<ISchema>()));
        var ours = served.Definitions.OfType<GraphQLTypeDefinition>().ToDictionary(t => t.Name.StringValue);

        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.Path("tests", "CommunityGrains.Gateway.Tests", "Schema", "contract"), "*.graphql").Order())
        {
            var contract = Parser.Parse(File.ReadAllText(file));
            foreach (var definition in contract.Definitions)
            {
                var (name, shape) = definition switch
                {
                    GraphQLTypeDefinition type => (type.Name.StringValue, Shape.Of(type)),
                    GraphQLTypeExtension extension => (extension.Name.StringValue, Shape.Of(extension)),
                    _ => (null, null),
                };
                if (name is null || shape is null)
                {
                    continue;
                }

                if (!ours.TryGetValue(name, out var mine))
                {
                    missing.Add($"{Path.GetFileName(file)}: type {name}");
                    continue;
                }

                missing.AddRange(Compare(name, shape, Shape.Of(mine)).Select(m => $"{Path.GetFileName(file)}: {m}"));
            }
        }

        Assert.True(missing.Count == 0, "Not served as the contract says:\n" + string.Join("\n", missing));
    }

    /// <summary>What a definition or an extension declares: its kind, its fields (with arguments) and its enum values.</summary>
    private sealed record Shape(string Kind, IReadOnlyList<GraphQLFieldDefinition> Fields, IReadOnlyList<GraphQLInputValueDefinition> InputFields, IReadOnlyList<string> Values)
    {
        public static Shape? Of(ASTNode node) => node switch
        {
            GraphQLObjectTypeDefinition o => new("type", o.Fields?.Items ?? [], [], []),
            GraphQLObjectTypeExtension o => new("type", o.Fields?.Items ?? [], [], []),
            GraphQLInputObjectTypeDefinition i => new("input", [], i.Fields?.Items ?? [], []),
            GraphQLInputObjectTypeExtension i => new("input", [], i.Fields?.Items ?? [], []),
            GraphQLEnumTypeDefinition e => new("enum", [], [], e.Values?.Items.Select(v => v.Name.StringValue).ToList() ?? []),
            GraphQLEnumTypeExtension e => new("enum", [], [], e.Values?.Items.Select(v => v.Name.StringValue).ToList() ?? []),
            GraphQLScalarTypeDefinition => new("scalar", [], [], []),
            GraphQLInterfaceTypeDefinition i => new("interface", i.Fields?.Items ?? [], [], []),
            GraphQLUnionTypeDefinition => new("union", [], [], []),
            _ => null,
        };
    }

    private static IEnumerable<string> Compare(string name, Shape expected, Shape? actual)
    {
        if (actual is null || actual.Kind != expected.Kind)
        {
            yield return $"{name} is a {expected.Kind}, served as {actual?.Kind ?? "something else"}";
            yield break;
        }

        foreach (var field in expected.Fields)
        {
            var mine = actual.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (mine is null)
            {
                yield return $"{name}.{field.Name}";
                continue;
            }

            if (Print(field.Type) != Print(mine.Type))
            {
                yield return $"{name}.{field.Name}: {Print(field.Type)} expected, {Print(mine.Type)} served";
            }

            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var myArgument = mine.Arguments?.Items.FirstOrDefault(x => x.Name == argument.Name);
                if (myArgument is null || Print(argument.Type) != Print(myArgument.Type))
                {
                    yield return $"{name}.{field.Name}({argument.Name}: {Print(argument.Type)})";
                }
            }
        }

        foreach (var field in expected.InputFields)
        {
            var mine = actual.InputFields.FirstOrDefault(f => f.Name == field.Name);
            if (mine is null || Print(field.Type) != Print(mine.Type))
            {
                yield return $"input {name}.{field.Name}: {Print(field.Type)}";
            }
        }

        foreach (var value in expected.Values.Where(v => !actual.Values.Contains(v)))
        {
            yield return $"enum {name}.{value}";
        }
    }

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => type.ToString() ?? "",
    };
}
