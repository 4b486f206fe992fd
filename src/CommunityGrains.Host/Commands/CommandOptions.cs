using System.CommandLine;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Host.Commands;

/// <summary>Options the verbs share, checked with the same rules as the API's input (<see cref="InputLimits"/>).</summary>
public static class CommandOptions
{
    /// <summary>An id option: 1..64 characters, no '/', spaces or control characters.</summary>
    public static Option<string> Id(string name, string description, bool required = false, string? defaultValue = null)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            Required = required,
            HelpName = "id",
            CustomParser = argument => Checked(argument, value => InputLimits.Id(value, name)),
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    /// <summary>Runs <paramref name="check"/> on the option's value; its refusal becomes the parse error.</summary>
    public static T? Checked<T>(System.CommandLine.Parsing.ArgumentResult argument, Func<string, T> check)
    {
        try
        {
            return check(argument.Tokens.Single().Value);
        }
        catch (InvalidInputException e)
        {
            argument.AddError(e.Message);
            return default;
        }
    }
}
