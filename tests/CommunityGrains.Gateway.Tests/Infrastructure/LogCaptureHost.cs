using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityGrains.Gateway.Tests.Infrastructure;

/// <summary>
/// A host whose logs the tests read, with every category at Information (stricter than appsettings), and two
/// test-only ways to fail unexpectedly: a grain call filter and a document executer that throw on a marker input.
/// </summary>
public class LogCaptureHost : TestHost
{
    /// <summary>A display name that makes the member grain fail as if it had a bug.</summary>
    public const string FailInGrain = "fail-in-the-grain";

    /// <summary>A query containing this fails before execution, in the transport.</summary>
    public const string FailBeforeExecution = "failBeforeExecution";

    /// <summary>Text in the simulated failures that must never reach a client.</summary>
    public const string InternalDetail = "/srv/internal/MemberGrain.cs";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Authentication", "Information");
        builder.UseSetting("Logging:LogLevel:Orleans", "Information");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddSingleton<IIncomingGrainCallFilter, FailingGrainCallFilter>();
            services.AddSingleton<IDocumentExecuter<ISchema>>(sp => new FailingExecuter(sp.GetRequiredService<IDocumentExecuter>(), sp.GetRequiredService<ISchema>()));
        });
    }

    private sealed class FailingGrainCallFilter : IIncomingGrainCallFilter
    {
        public Task Invoke(IIncomingGrainCallContext context)
        {
            for (var i = 0; i < context.Request.GetArgumentCount(); i++)
            {
                if (context.Request.GetArgument(i) is Contracts.Members.UpdateProfile { DisplayName: FailInGrain })
                {
                    throw new InvalidOperationException($"Simulated bug at {InternalDetail}:42");
                }
            }

            return context.Invoke();
        }
    }

    private sealed class FailingExecuter(IDocumentExecuter inner, ISchema schema) : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
        {
            if (options.Query?.Contains(FailBeforeExecution, StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException($"Simulated transport bug at {InternalDetail}:7");
            }

            options.Schema ??= schema;
            return inner.ExecuteAsync(options);
        }
    }
}
