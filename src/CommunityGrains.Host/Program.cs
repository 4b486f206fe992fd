using CommunityGrains.Host;
using CommunityGrains.Host.Commands;

return args.FirstOrDefault() switch
{
    "token" => TokenCommand.Run(args[1..]),
    "migrate" => await MigrateCommand.Run(args[1..]),
    "schema" => SchemaCommand.Run(args[1..]),
    "seed" => await SeedCommand.Run(args[1..]),
    _ => await ServiceHost.Run(args),
};

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
