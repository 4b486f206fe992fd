using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Introspection;

/// <summary>
/// Introspection (<c>__schema</c>, <c>__type</c> and everything under them) costs nothing against
/// <c>Gateway:MaxComplexity</c>: the standard IntrospectionQuery that GraphiQL, code generators and API clients send
/// scores over a million there, while answering it is a walk over the in-memory schema. What keeps a hostile
/// introspection document small instead is its shape. Like every document it nests at most <c>Gateway:MaxDepth</c>
/// levels (the standard query nests 14, counting fields with a selection as GraphQL.NET does); besides, a chain of
/// <c>ofType</c> is at most <see cref="MaxOfTypeChain"/> long (graphql-js 16's TypeRef fragment, the deepest any tool
/// sends), the lists that lead back to types (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c>) nest at most <see cref="MaxListNesting"/> deep on one path, as in graphql-js 16.9's
/// MaxIntrospectionDepthRule, and no introspection field may be aliased, so that none can be repeated (an alias bomb
/// of <c>__schema</c> would otherwise be free). Data fields beside it are priced as before.
/// </summary>
public sealed class IntrospectionLimits : ValidationRuleBase
{
    public const int MaxOfTypeChain = 9;

    public const int MaxListNesting = 3;

    private static readonly HashSet<string> TypeLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>Wraps the complexity analyzer's default so that introspection root fields and all below them cost 0.</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> ExemptFromComplexity(Func<FieldImpactContext, FieldComplexityResult> priced) =>
        context => IsIntrospectionRoot(context.FieldDefinition, context.ValidationContext.Schema) ? new FieldComplexityResult(0, 0) : priced(context);

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // As the complexity rule: a document with other errors (unknown fragments, cycles) is not walked.
        if (!context.HasErrors && context.Operation is { } operation)
        {
            var walk = new Walk(context.Document);
            walk.Root(operation.SelectionSet);
            if (walk.Aliased is { } aliased)
            {
                context.ReportError(new ValidationError(
                    $"Introspection field '{aliased.Name.StringValue}' cannot be aliased: introspection fields are answered once per document."));
            }

            if (walk.OfTypeChain > MaxOfTypeChain)
            {
                context.ReportError(new ValidationError(
                    $"Introspection query is too complex to execute: ofType is nested to a depth of {walk.OfTypeChain}; the maximum depth allowed for ofType is {MaxOfTypeChain}."));
            }

            if (walk.ListNesting > MaxListNesting)
            {
                context.ReportError(new ValidationError(
                    $"Introspection query is too complex to execute: it nests {walk.ListNesting} levels of fields/inputFields/interfaces/possibleTypes; maximum allowed is {MaxListNesting}."));
            }
        }

        return default;
    }

    private static bool IsIntrospectionRoot(FieldType field, ISchema schema) =>
        ReferenceEquals(field, schema.SchemaMetaFieldType) || ReferenceEquals(field, schema.TypeMetaFieldType);

    private static bool IsIntrospectionRoot(GraphQLField field) => field.Name.StringValue is "__schema" or "__type";

    /// <summary>
    /// The longest <c>ofType</c> chain and deepest list nesting under introspection root fields, fragments included.
    /// A fragment's result only depends on the state it is entered with, so it is remembered per (fragment, chain,
    /// lists): fragments spread many times cannot make the walk exponential.
    /// </summary>
    private sealed class Walk(GraphQLDocument document)
    {
        private readonly Dictionary<(string Fragment, int Chain, int Lists), (int Chain, int Lists)> _fragments = [];

        public int OfTypeChain { get; private set; }

        public int ListNesting { get; private set; }

        public GraphQLField? Aliased { get; private set; }

        public void Root(GraphQLSelectionSet selections)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when IsIntrospectionRoot(field):
                        var reached = Field(field, 0, 0);
                        OfTypeChain = Math.Max(OfTypeChain, reached.Chain);
                        ListNesting = Math.Max(ListNesting, reached.Lists);
                        break;
                    case GraphQLInlineFragment inline:
                        Root(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread when document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                        Root(fragment.SelectionSet);
                        break;
                }
            }
        }

        private (int Chain, int Lists) Field(GraphQLField field, int chain, int lists)
        {
            if (field.Alias is { } alias && alias.Name.Value != field.Name.Value && field.Name.StringValue != "__typename")
            {
                Aliased ??= field;
            }

            if (field.SelectionSet is null)
            {
                return (chain, lists);
            }

            var name = field.Name.StringValue;
            return Selections(field.SelectionSet, name == "ofType" ? chain + 1 : 0, TypeLists.Contains(name) ? lists + 1 : lists);
        }

        private (int Chain, int Lists) Selections(GraphQLSelectionSet selections, int chain, int lists)
        {
            var reached = (Chain: chain, Lists: lists);
            foreach (var selection in selections.Selections)
            {
                var below = selection switch
                {
                    GraphQLField field => Field(field, chain, lists),
                    GraphQLInlineFragment inline => Selections(inline.SelectionSet, chain, lists),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name, chain, lists),
                    _ => reached,
                };
                reached = (Math.Max(reached.Chain, below.Chain), Math.Max(reached.Lists, below.Lists));
            }

            return reached;
        }

        private (int Chain, int Lists) Fragment(GraphQLName name, int chain, int lists)
        {
            var key = (name.StringValue, chain, lists);
            if (_fragments.TryGetValue(key, out var known))
            {
                return known;
            }

            // Entered before its result is known: a cycle (already refused by the spec's rules) ends here.
            _fragments[key] = (chain, lists);
            var fragment = document.FindFragmentDefinition(name.Value);
            return _fragments[key] = fragment is null ? (chain, lists) : Selections(fragment.SelectionSet, chain, lists);
        }
    }
}
