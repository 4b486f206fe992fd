using CommunityGrains.Contracts.Common;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Instrumentation;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Execution;

/// <summary>
/// The role an operation needs is declared once, on its field, and enforced here for every field before its
/// resolver runs. Rules that depend on the object (the author, the assignee, the group's mentor) stay in grains.
/// </summary>
public sealed class RoleRequirement : IFieldMiddleware
{
    private const string MetadataKey = "communityGrains:requiredRole";

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var required = Of(context.FieldDefinition);
        if (required is { } role)
        {
            context.Actor().Require(role);
        }

        return next(context);
    }

    public static void Set(FieldType field, Role role) => field.Metadata[MetadataKey] = role;

    /// <summary>The role a field declares, if any: lets a test list every guarded operation of the running schema.</summary>
    public static Role? Of(IFieldType field) => field.GetMetadata<Role?>(MetadataKey);
}

public static class RoleRequirementExtensions
{
    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Role role)
    {
        RoleRequirement.Set(field.FieldType, role);
        return field;
    }
}
