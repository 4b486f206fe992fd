using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Tests.Infrastructure;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Schema;

/// <summary>
/// contract.graphql is a copy of the API contract apps program against. Everything in it must be served with the
/// same name, arguments and types; the running schema may add to it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ContractConformanceTests(TestHost host)
{
    [Fact]
    public void Every_type_field_argument_and_enum_value_of_the_contract_is_served()
    {
        var contract = Parser.Parse(File.ReadAllText(RepositoryFiles.Path("tests", "CommunityGrains.Gateway.Tests", "Schema", "contract.graphql")));
        var served = Parser.Parse(SchemaText.Print(host.Services.GetRequiredService<ISchema>()));
        var ours = served.Definitions.OfType<GraphQLTypeDefinition>().ToDictionary(t => t.Name.StringValue);

        var missing = new List<string>();
        foreach (var type in contract.Definitions.OfType<GraphQLTypeDefinition>())
        {
            if (!ours.TryGetValue(type.Name.StringValue, out var mine))
            {
                missing.Add($"type {type.Name}");
                continue;
            }

            missing.AddRange(Compare(type, mine));
        }

        Assert.True(missing.Count == 0, "Not served as the contract says:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<string> Compare(GraphQLTypeDefinition expected, GraphQLTypeDefinition actual)
    {
        switch (expected, actual)
        {
            case (GraphQLObjectTypeDefinition e, GraphQLObjectTypeDefinition a):
                foreach (var field in e.Fields?.Items ?? [])
                {
                    var mine = a.Fields?.Items.FirstOrDefault(f => f.Name == field.Name);
                    if (mine is null)
                    {
                        yield return $"{e.Name}.{field.Name}";
                        continue;
                    }

                    if (Print(field.Type) != Print(mine.Type))
                    {
                        yield return $"{e.Name}.{field.Name}: {Print(field.Type)} expected, {Print(mine.Type)} served";
                    }

                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        var myArgument = mine.Arguments?.Items.FirstOrDefault(x => x.Name == argument.Name);
                        if (myArgument is null || Print(argument.Type) != Print(myArgument.Type))
                        {
                            yield return $"{e.Name}.{field.Name}({argument.Name}: {Print(argument.Type)})";
                        }
                    }
                }

                break;
            case (GraphQLInputObjectTypeDefinition e, GraphQLInputObjectTypeDefinition a):
                foreach (var field in e.Fields?.Items ?? [])
                {
                    var mine = a.Fields?.Items.FirstOrDefault(f => f.Name == field.Name);
                    if (mine is null || Print(field.Type) != Print(mine.Type))
                    {
                        yield return $"input {e.Name}.{field.Name}: {Print(field.Type)}";
                    }
                }

                break;
            case (GraphQLEnumTypeDefinition e, GraphQLEnumTypeDefinition a):
                foreach (var value in e.Values?.Items ?? [])
                {
                    if (a.Values?.Items.All(v => v.Name != value.Name) ?? true)
                    {
                        yield return $"enum {e.Name}.{value.Name}";
                    }
                }

                break;
            case (GraphQLScalarTypeDefinition, GraphQLScalarTypeDefinition):
                break;
            default:
                yield return $"{expected.Name} is a {expected.Kind}, served as {actual.Kind}";
                break;
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
