using System.Globalization;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Host.Storage;

namespace CommunityGrains.Host.Commands;

/// <summary><c>token --community demo --member alice --role ADMIN [--hours 24]</c>: prints a JWT signed with the configured key.</summary>
public static class TokenCommand
{
    public static int Run(string[] args)
    {
        var arguments = new CommandArguments(args, "community", "member", "role", "hours");
        if (arguments["community"] is not { } community || arguments["member"] is not { } member)
        {
            Console.Error.WriteLine("usage: token --community <id> --member <id> [--role MEMBER|MODERATOR|ADMIN] [--hours 24]");
            return 2;
        }

        if (!RoleNames.TryParse(arguments["role"] ?? "MEMBER", out var role))
        {
            Console.Error.WriteLine("--role must be MEMBER, MODERATOR or ADMIN");
            return 2;
        }

        var hours = double.Parse(arguments["hours"] ?? "24", CultureInfo.InvariantCulture);
        var configuration = CommandArguments.Configuration(arguments.ConfigurationArgs);
        var auth = SigningKeys.Resolve(configuration, StorageOptions.From(configuration));
        Console.WriteLine(new TokenIssuer(auth, TimeProvider.System).Issue(community, member, role, TimeSpan.FromHours(hours)));
        return 0;
    }
}
