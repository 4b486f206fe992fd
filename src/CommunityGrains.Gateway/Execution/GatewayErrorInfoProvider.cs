using CommunityGrains.Contracts.Common;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;

namespace CommunityGrains.Gateway.Execution;

/// <summary>
/// Errors carry only message, locations, path and <c>extensions.code</c>. Problems with the values a client
/// sent (arguments and variables) are BAD_USER_INPUT like every other refused input; other document errors
/// keep the conventional GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED.
/// </summary>
public sealed class GatewayErrorInfoProvider(bool exposeDetails) : ErrorInfoProvider(options =>
{
    options.ExposeCode = true;
    options.ExposeCodes = false;
    options.ExposeData = false;
    options.ExposeExceptionDetails = exposeDetails;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var code = CodeOf(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (exposeDetails && info.Extensions is { } details)
        {
            foreach (var (key, value) in details.Where(d => d.Key != "code"))
            {
                extensions[key] = value;
            }
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    private static string CodeOf(ExecutionError error) => error switch
    {
        InvalidVariableError or ArgumentsOfCorrectTypeError or ProvidedNonNullArgumentsError or InputFieldsAndArgumentsOfCorrectLengthError => ErrorCodes.BadUserInput,
        ValidationError => "GRAPHQL_VALIDATION_FAILED",
        SyntaxError => "GRAPHQL_PARSE_FAILED",

        // No operation in the document (only a comment), an unknown operation name: the document is at fault, not the server.
        DocumentError => "GRAPHQL_VALIDATION_FAILED",
        { Code: { } code } when IsOurs(code) => code,
        _ => ErrorCodes.InternalError,
    };

    private static bool IsOurs(string code) => typeof(ErrorCodes).GetFields().Any(f => (string?)f.GetValue(null) == code);
}
