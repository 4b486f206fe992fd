namespace CommunityGrains.Host.Tests.Deployment;

/// <summary>
/// Just enough of docker/compose.yaml for the checks: per service, its image, pull policy, build, command and
/// environment (what a service merges from an anchor included). The file
/// keeps to block mappings with two-space indents, which is what this reads.
/// </summary>
public sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services)
    {
        Services = services;
    }

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public static ComposeFile Read(string path)
    {
        var services = new Dictionary<string, ComposeService>();
        var anchors = new Dictionary<string, List<string>>();
        ComposeService? current = null;
        List<string>? currentAnchorLines = null;
        string? block = null;
        var inServices = false;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            if (indent == 0)
            {
                inServices = text == "services:";
                currentAnchorLines = text.Contains(": &", StringComparison.Ordinal) ? anchors[text[(text.IndexOf('&') + 1)..]] = [] : null;
                current = null;
                continue;
            }

            if (currentAnchorLines is not null)
            {
                currentAnchorLines.Add(text);
            }

            if (!inServices)
            {
                continue;
            }

            if (indent == 2)
            {
                current = new ComposeService(text.TrimEnd(':'));
                services[current.Name] = current;
                block = null;
            }
            else if (current is not null && indent == 4)
            {
                block = text.EndsWith(':') ? text.TrimEnd(':') : null;
                var (key, value) = Split(text);
                switch (key)
                {
                    case "image":
                        current.Image = value;
                        break;
                    case "command":
                        current.Command = value;
                        break;
                    case "pull_policy":
                        current.PullPolicy = value;
                        break;
                    case "build":
                        current.Build = [];
                        break;
                    case "<<" when value.StartsWith('*'):
                        var merged = anchors[value[1..]].Select(Split).ToList();
                        current.Image ??= merged.FirstOrDefault(kv => kv.Key == "image").Value;
                        current.PullPolicy ??= merged.FirstOrDefault(kv => kv.Key == "pull_policy").Value;
                        break;
                }
            }
            else if (current is not null && indent == 6 && block == "environment")
            {
                var (key, value) = Split(text);
                current.Environment[key] = value.Trim('"');
            }
            else if (current is not null && indent == 6 && block == "build")
            {
                var (key, value) = Split(text);
                current.Build![key] = value;
            }
        }

        return new ComposeFile(services);
    }

    private static (string Key, string Value) Split(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text, "") : (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }
}

public sealed class ComposeService(string name)
{
    public string Name { get; } = name;

    public string? Image { get; set; }

    public string? Command { get; set; }

    public string? PullPolicy { get; set; }

    /// <summary>The build section (context, dockerfile), or null when the service only runs an image.</summary>
    public Dictionary<string, string>? Build { get; set; }

    public Dictionary<string, string> Environment { get; } = [];
}
