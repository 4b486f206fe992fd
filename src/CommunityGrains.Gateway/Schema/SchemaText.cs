using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace CommunityGrains.Gateway.Schema;

/// <summary>The schema as SDL, sorted so the printed file only changes when the schema does.</summary>
public static class SchemaText
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
