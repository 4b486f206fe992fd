using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// Apps send a handful of fixed documents, yet validation walked each one again on every request: about 20% of the
/// host's CPU on <c>castVote</c> and 15% on <c>studyGroup</c> in the bench profiles, and the transport parsed the text
/// again (2-3%). A document that passed validation once is remembered by its text and operation name; the transport
/// takes the parsed document from here instead of parsing, and later requests run only the rules meant for cached
/// documents (those that depend on variables) plus the complexity limit, which depends on the selected operation and
/// on variable values (<c>first: $n</c>, <c>@include(if: $v)</c>), as GraphQL.NET's own document cache does. A
/// document that failed is never remembered. Bounded, so unique texts cannot grow it.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<(string Query, string? OperationName), GraphQLDocument> _documents = new();

    // After the option configurations that add validation rules, as GraphQL.NET's document cache.
    public float SortOrder => 200;

    /// <summary>The parsed document of a text that already passed validation for this operation name.</summary>
    public bool TryGet(string? query, string? operationName, out GraphQLDocument document)
    {
        document = null!;
        return query is not null && _documents.TryGetValue((query, operationName), out document!);
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue((query, options.OperationName), out var validated))
        {
            options.Document = validated;
            options.ValidationRules = RulesForCached(options);
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && options.Document is { } document && _documents.Count < Capacity)
        {
            _documents.TryAdd((query, options.OperationName), document);
        }

        return result;
    }

    private static IValidationRule[] RulesForCached(ExecutionOptions options) =>
    [
        .. options.CachedDocumentValidationRules ?? [],
        .. options.ValidationRules?.OfType<ComplexityValidationRule>() ?? [],
    ];
}
