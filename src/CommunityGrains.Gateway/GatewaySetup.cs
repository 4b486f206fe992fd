using System.Text.Encodings.Web;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Transport;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityGrains.Gateway;

public static class GatewaySetup
{
    public static IServiceCollection AddCommunityGateway(this IServiceCollection services, IConfiguration configuration, AuthOptions auth)
    {
        var options = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddCommunityAuthentication(auth);
        services.AddSingleton<ExceptionMapping>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton(new RequestLimits(configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions()));
        AddFeatureFields(services);
        services.AddGraphQL(graphql => graphql
            .AddSchema<CommunitySchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GatewaySetup).Assembly)
            .ConfigureExecution<ValidatedDocumentCache>()
            .UseMiddleware<RoleRequirement>()
            .AddErrorInfoProvider(_ => new GatewayErrorInfoProvider(options.ExposeExceptionDetails))
            .AddUnhandledExceptionHandler(context =>
                context.ExecutionOptions.RequestServices!.GetRequiredService<ExceptionMapping>().Map(context))
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = options.MaxDepth;
                complexity.MaxComplexity = options.MaxComplexity;
            }));
        return services;
    }

    public static IEndpointRouteBuilder MapCommunityGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.MapMethods(path, ["GET", "POST"], context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().Handle(context));
        return endpoints;
    }

    /// <summary>
    /// Every contributor of root and stats fields in this assembly: a capability adds its fields by adding a
    /// class, with no registration line to edit.
    /// </summary>
    private static void AddFeatureFields(IServiceCollection services)
    {
        Type[] roles = [typeof(IQueryFields), typeof(IMutationFields), typeof(ISubscriptionFields), typeof(ICommunityStatsFields)];
        var contributors = typeof(GatewaySetup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && roles.Any(r => r.IsAssignableFrom(t)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in contributors)
        {
            services.AddSingleton(type);
            foreach (var role in roles.Where(r => r.IsAssignableFrom(type)))
            {
                services.AddSingleton(role, sp => sp.GetRequiredService(type));
            }
        }
    }
}
