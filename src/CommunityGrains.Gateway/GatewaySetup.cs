using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.Communities;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
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
        AddFeatureFields(services);
        services.AddGraphQL(graphql => graphql
            .AddSchema<CommunitySchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(GatewaySetup).Assembly)
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

    /// <summary>One line per feature: its root query, mutation and subscription fields.</summary>
    private static void AddFeatureFields(IServiceCollection services)
    {
        AddFields<CommunityFields>(services);
        AddFields<MemberFields>(services);
    }

    private static void AddFields<TFields>(IServiceCollection services)
        where TFields : class
    {
        services.AddSingleton<TFields>();
        if (typeof(IQueryFields).IsAssignableFrom(typeof(TFields)))
        {
            services.AddSingleton(sp => (IQueryFields)sp.GetRequiredService<TFields>());
        }

        if (typeof(IMutationFields).IsAssignableFrom(typeof(TFields)))
        {
            services.AddSingleton(sp => (IMutationFields)sp.GetRequiredService<TFields>());
        }

        if (typeof(ISubscriptionFields).IsAssignableFrom(typeof(TFields)))
        {
            services.AddSingleton(sp => (ISubscriptionFields)sp.GetRequiredService<TFields>());
        }
    }
}
