using System.CommandLine;
using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Host.Storage;

namespace CommunityGrains.Host.Commands;

/// <summary><c>token --community demo --member alice --role ADMIN [--hours 24]</c>: prints a JWT signed with the configured key.</summary>
public static class TokenCommand
{
    private const double MaxHours = 24 * 366;

    public static Command Create()
    {
        var community = CommandOptions.Id("--community", "The community the token acts in.", required: true);
        var member = CommandOptions.Id("--member", "The member id (the token's sub).", required: true);
        var role = new Option<Role>("--role")
        {
            Description = "MEMBER, MODERATOR or ADMIN.",
            HelpName = "MEMBER|MODERATOR|ADMIN",
            DefaultValueFactory = _ => Role.Member,
            CustomParser = argument =>
            {
                if (RoleNames.TryParse(argument.Tokens.Single().Value, out var parsed))
                {
                    return parsed;
                }

                argument.AddError($"--role: '{argument.Tokens.Single().Value}' is not MEMBER, MODERATOR or ADMIN.");
                return default;
            },
        };
        var hours = new Option<double>("--hours")
        {
            Description = "How long the token is valid, in hours.",
            DefaultValueFactory = _ => 24,
            CustomParser = argument =>
            {
                var text = argument.Tokens.Single().Value;
                if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= MaxHours)
                {
                    return parsed;
                }

                argument.AddError($"--hours: '{text}' is not a number of hours between 0 and {MaxHours} (e.g. 24 or 0.5).");
                return default;
            },
        };

        var command = HostCommandLine.Verb("token", "Prints a JWT signed with the configured key (Auth:SigningKey, or the embedded mode's key file).");
        command.Options.Add(community);
        command.Options.Add(member);
        command.Options.Add(role);
        command.Options.Add(hours);
        command.SetAction(result =>
        {
            var configuration = ConfigurationArguments.Configuration(HostCommandLine.ConfigurationOf(result));
            var auth = SigningKeys.Resolve(configuration, StorageOptions.From(configuration));
            var token = new TokenIssuer(auth, TimeProvider.System).Issue(
                result.GetRequiredValue(community), result.GetRequiredValue(member), result.GetValue(role), TimeSpan.FromHours(result.GetValue(hours)));
            Console.WriteLine(token);
            return 0;
        });
        return command;
    }
}
