using System.CommandLine;
using CommunityGrains.Gateway;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Host.Commands;

/// <summary><c>schema</c>: prints the GraphQL schema the gateway serves (the source of schema/community.graphql).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var command = HostCommandLine.Verb("schema", "Prints the GraphQL schema the gateway serves (the source of schema/community.graphql).");
        command.SetAction(result => Run(HostCommandLine.ConfigurationOf(result)));
        return command;
    }

    private static int Run(string[] args)
    {
        var configuration = ConfigurationArguments.Configuration(args);
        var services = new ServiceCollection()
            .AddLogging()
            .AddCommunityGateway(configuration, new AuthOptions { SigningKey = new string('x', AuthOptions.MinimumKeyBytes) })
            .BuildServiceProvider();
        Console.Write(SchemaText.Print(services.GetRequiredService<ISchema>()));
        return 0;
    }
}
