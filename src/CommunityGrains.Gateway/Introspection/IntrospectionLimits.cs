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
/// introspection document small instead is its shape, checked here as graphql-js 16.9's MaxIntrospectionDepthRule does:
/// it may nest at most <see cref="MaxDepth"/> levels (the standard query nests 12, counting fields with a selection),
/// the lists that lead back to types (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>) at
/// most <see cref="MaxListNesting"/> deep on one path, and no introspection field may be aliased, so that it can not be
/// repeated (an alias bomb of <c>__schema</c> would otherwise be free). Data fields beside it are priced as before.
/// </summary>
public sealed class IntrospectionLimits(int maxDepth) : ValidationRuleBase
{
    public const int MaxListNesting = 3;

    private static readonly HashSet<string> TypeLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    public int MaxDepth => maxDepth;

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

            if (walk.Depth > maxDepth)
            {
                context.ReportError(new ValidationError(
                    $"Introspection query is too complex to execute: it nests {walk.Depth} levels; maximum allowed for introspection is {maxDepth}."));
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
    /// Deepest nesting under introspection root fields, fragments included. A fragment's result only depends on the
    /// depth it is entered at, so it is remembered per (fragment, depth, lists): fragments spread many times cannot
    /// make the walk exponential.
    /// </summary>
    private sealed class Walk(GraphQLDocument document)
    {
        private readonly Dictionary<(string Fragment, int Depth, int Lists), (int Depth, int Lists)> _fragments = [];

        public int Depth { get; private set; }

        public int ListNesting { get; private set; }

        public GraphQLField? Aliased { get; private set; }

        public void Root(GraphQLSelectionSet selections)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when IsIntrospectionRoot(field):
                        Record(Field(field, 0, 0));
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

        private void Record((int Depth, int Lists) reached)
        {
            Depth = Math.Max(Depth, reached.Depth);
            ListNesting = Math.Max(ListNesting, reached.Lists);
        }

        private (int Depth, int Lists) Field(GraphQLField field, int depth, int lists)
        {
            if (field.Alias is { } alias && alias.Name.Value != field.Name.Value && field.Name.StringValue != "__typename")
            {
                Aliased ??= field;
            }

            if (field.SelectionSet is null)
            {
                return (depth, lists);
            }

            return Selections(field.SelectionSet, depth + 1, TypeLists.Contains(field.Name.StringValue) ? lists + 1 : lists);
        }

        private (int Depth, int Lists) Selections(GraphQLSelectionSet selections, int depth, int lists)
        {
            var reached = (Depth: depth, Lists: lists);
            foreach (var selection in selections.Selections)
            {
                var below = selection switch
                {
                    GraphQLField field => Field(field, depth, lists),
                    GraphQLInlineFragment inline => Selections(inline.SelectionSet, depth, lists),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name, depth, lists),
                    _ => reached,
                };
                reached = (Math.Max(reached.Depth, below.Depth), Math.Max(reached.Lists, below.Lists));
            }

            return reached;
        }

        private (int Depth, int Lists) Fragment(GraphQLName name, int depth, int lists)
        {
            var key = (name.StringValue, depth, lists);
            if (_fragments.TryGetValue(key, out var known))
            {
                return known;
            }

            // Entered before its result is known: a cycle (already refused by the spec's rules) ends here.
            _fragments[key] = (depth, lists);
            var fragment = document.FindFragmentDefinition(name.Value);
            return _fragments[key] = fragment is null ? (depth, lists) : Selections(fragment.SelectionSet, depth, lists);
        }
    }
}
