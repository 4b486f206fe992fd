namespace CommunityGrains.Host.Commands;

/// <summary>"--name value" pairs after a verb; anything else is passed on as configuration (e.g. --Storage:Provider=Postgres).</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _rest = [];

    public CommandArguments(string[] args, params string[] names)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            if (args[i].StartsWith("--", StringComparison.Ordinal) && names.Contains(name, StringComparer.OrdinalIgnoreCase) && i + 1 < args.Length)
            {
                _values[name] = args[++i];
            }
            else
            {
                _rest.Add(args[i]);
            }
        }
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public string[] ConfigurationArgs => _rest.ToArray();

    public static IConfiguration Configuration(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
}
