using System.Text.Encodings.Web;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.GraphiQL;
using CommunityGrains.Gateway.Introspection;
using CommunityGrains.Gateway.PersistedQueries;
using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Transport;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CommunityGrains.Gateway;

public static class GatewaySetup
{
    public static IServiceCollection AddCommunityGateway(this IServiceCollection services, IConfiguration configuration, AuthOptions auth)
    {
        var options = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddCommunityAuthentication(auth);
        services.AddCommunityEdge(configuration);
        services.AddSingleton<ExceptionMapping>();
        var documents = new ValidatedDocumentCache();
        services.AddSingleton(documents);
        services.AddSingleton(new PersistedQueryStore(options));
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        services.AddSingleton(new RequestLimits(configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions()));
        AddFeatureFields(services);
        services.AddGraphQL(graphql => graphql
            .AddSchema<CommunitySchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GatewaySetup).Assembly)
            .ConfigureExecution(documents)
            .UseMiddleware<RoleRequirement>()
            .AddErrorInfoProvider(_ => new GatewayErrorInfoProvider(options.ExposeExceptionDetails))
            .AddUnhandledExceptionHandler(context =>
                context.ExecutionOptions.RequestServices!.GetRequiredService<ExceptionMapping>().Map(context))
            .AddValidationRule(new IntrospectionLimits())
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = options.MaxDepth;
                complexity.MaxComplexity = options.MaxComplexity;
                complexity.DefaultComplexityImpactDelegate = IntrospectionLimits.ExemptFromComplexity(complexity.DefaultComplexityImpactDelegate);
            }));
        return services;
    }

    /// <summary>
    /// HTTP, WebSocket (graphql-transport-ws; needs <c>UseWebSockets</c> earlier in the pipeline), the printed schema at
    /// <c>{path}/schema.graphql</c> (no token: code generators and IDE plugins read it) and, when enabled, GraphiQL.
    /// </summary>
    public static IEndpointRouteBuilder MapCommunityGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var services = endpoints.ServiceProvider;
        var http = services.GetRequiredService<GraphQLHttpEndpoint>();
        var webSocket = services.GetRequiredService<GraphQLWebSocketEndpoint>();
        var graphiQL = GraphiQLEnabled(services) ? services.GetRequiredService<GraphiQLPage>() : null;
        endpoints.MapMethods(path, ["GET", "POST"], context =>
            context.WebSockets.IsWebSocketRequest ? webSocket.Handle(context)
            : graphiQL is not null && GraphiQLPage.IsWanted(context.Request) ? graphiQL.WritePage(context)
            : http.Handle(context));
        var sdl = new Lazy<string>(() => SchemaText.Print(services.GetRequiredService<ISchema>()));
        endpoints.MapGet(path + "/schema.graphql", () => Results.Text(sdl.Value, "text/plain; charset=utf-8"));
        if (graphiQL is not null)
        {
            endpoints.MapGet(GraphiQLPage.AssetPath + "/{file}", (HttpContext context, string file) => graphiQL.WriteAsset(context, file));
        }

        return endpoints;
    }

    /// <summary><c>GraphiQL:Enabled</c>; by default the IDE is offered in Development only.</summary>
    private static bool GraphiQLEnabled(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetSection(GraphiQLOptions.Section).Get<GraphiQLOptions>()?.Enabled
        ?? services.GetRequiredService<IHostEnvironment>().IsDevelopment();

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
