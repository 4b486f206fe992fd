using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// Apps send a handful of fixed documents, yet validation walked each one again on every request: about 20% of the
/// host's CPU on <c>castVote</c> and 15% on <c>studyGroup</c> in the bench profiles. A document that passed validation
/// once is remembered by its text, and later requests with the same text run only the rules meant for cached documents
/// (those that depend on variables), as GraphQL.NET's own document cache does. Bounded, so unique texts cannot grow it.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    // After the option configurations that add validation rules, as GraphQL.NET's document cache.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out var validated))
        {
            options.Document = validated;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && options.Document is { } document && _documents.Count < Capacity)
        {
            _documents.TryAdd(query, document);
        }

        return result;
    }
}
