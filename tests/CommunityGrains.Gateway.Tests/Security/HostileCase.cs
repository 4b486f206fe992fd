using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>One invalid request: who sends it, what, and the field its refusal must name.</summary>
public sealed record HostileCase(string Operation, string Attack, Func<HostileWorld, GraphQLClient> Sender, string Document, object Variables, string Field)
{
    public string Name => $"{Operation}: {Attack}";

    /// <summary>A mutation taking <c>input: TypeName!</c>.</summary>
    public static HostileCase Input(string mutation, string inputType, string attack, Func<HostileWorld, GraphQLClient> sender, object input, string field) =>
        new(mutation, attack, sender, $"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ __typename }} }}", new { i = input }, field);

    /// <summary>An operation taking plain arguments, declared as variables in <paramref name="declarations"/>.</summary>
    public static HostileCase Arguments(string operation, string attack, Func<HostileWorld, GraphQLClient> sender, string declarations, string arguments, object variables, string field, bool mutation = true) =>
        new(operation, attack, sender, $"{(mutation ? "mutation" : "query")}({declarations}) {{ {operation}({arguments}) {{ __typename }} }}", variables, field);

    public override string ToString() => Name;
}
