using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CommunityGrains.Gateway.Transport;

/// <summary>What the transport must know about a document before executing it: its operation type, and whether it may run without a token.</summary>
public sealed record OperationShape(OperationType? Type, bool Tokenless)
{
    public static readonly OperationShape Unparsable = new(null, false);

    public static OperationShape Of(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is null)
        {
            return Unparsable;
        }

        return new OperationShape(operation.Operation, TokenlessQuery.Allows(operation));
    }

    /// <summary>The document from <paramref name="documents"/> when this text already passed validation; parsed otherwise.</summary>
    public static (GraphQLDocument? Document, OperationShape Shape) Of(ValidatedDocumentCache documents, string? query, string? operationName) =>
        documents.TryGet(query, operationName, out var document) ? (document, Of(document, operationName)) : Parse(query, operationName);

    public static (GraphQLDocument? Document, OperationShape Shape) Parse(string? query, string? operationName)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, Unparsable);
        }

        try
        {
            var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 64 });
            return (document, Of(document, operationName));
        }
        catch (GraphQLParserException)
        {
            return (null, Unparsable);
        }
    }
}
