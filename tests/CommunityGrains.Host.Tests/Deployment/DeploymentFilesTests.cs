using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using CommunityGrains.Gateway;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.GraphiQL;
using CommunityGrains.Gateway.Transport;
using CommunityGrains.Host.Observability;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CommunityGrains.Host.Tests.Deployment;

/// <summary>docker/ cannot run here (no Docker engine), so what it relies on is checked against the host itself.</summary>
public sealed class DeploymentFilesTests
{
    private const string HostImage = "community-grains";

    /// <summary>Every key the host reads through an options class, as "Section:Property".</summary>
    private static readonly (string Section, Type Options)[] OptionsClasses =
    [
        (StorageOptions.Section, typeof(StorageOptions)),
        ("Orleans", typeof(OrleansOptions)),
        (AuthOptions.Section, typeof(AuthOptions)),
        (GatewayOptions.Section, typeof(GatewayOptions)),
        (LimitsOptions.Section, typeof(LimitsOptions)),
        (GraphiQLOptions.Section, typeof(GraphiQLOptions)),
    ];

    /// <summary>Keys read directly rather than through an options class, or by ASP.NET Core and the logging setup.</summary>
    private static readonly string[] OtherKeys =
    [
        "ConnectionStrings:Postgres",
        "Dashboard:Enabled",
        "Logging:Console:FormatterName",
        TelemetrySetup.EndpointKey,
        "ASPNETCORE_URLS",
        "ASPNETCORE_ENVIRONMENT",
    ];

    private static ComposeFile Compose => ComposeFile.Read(RepositoryFiles.Path("docker", "compose.yaml"));

    private static IEnumerable<ComposeService> HostServices => Compose.Services.Values.Where(s => s.Image == HostImage);

    [Fact]
    public void Every_environment_variable_compose_gives_the_host_is_a_key_the_host_reads()
    {
        var known = OptionsClasses
            .SelectMany(o => o.Options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => $"{o.Section}:{p.Name}"))
            .Concat(OtherKeys)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = HostServices
            .SelectMany(s => s.Environment.Keys.Select(key => (Service: s.Name, Key: key.Replace("__", ":", StringComparison.Ordinal))))
            .Where(e => !known.Contains(e.Key))
            .ToList();

        Assert.True(HostServices.Count() == 4, $"expected migrate and three hosts on the {HostImage} image");
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_three_hosts_share_cluster_key_and_database_and_each_advertises_its_own_name_on_its_own_port()
    {
        var hosts = HostServices.Where(s => s.Command is null).ToList();
        string Shared(string key) => Assert.Single(hosts.Select(h => h.Environment[key]).Distinct());

        Assert.Equal(3, hosts.Count);
        Assert.Equal("Postgres", Shared("Storage__Provider"));
        Shared("ConnectionStrings__Postgres");
        Shared("Auth__SigningKey");
        Shared("Orleans__ClusterId");
        Assert.Equal(hosts.Select(h => h.Name), hosts.Select(h => h.Environment["Orleans__AdvertisedIp"]));
        Assert.All(hosts, h => Assert.Equal("true", h.Environment["Orleans__ListenOnAnyAddress"]));
    }

    [Fact]
    public async Task The_migrate_service_runs_a_verb_the_host_has_against_the_hosts_database()
    {
        var migrate = Compose.Services["migrate"];
        var hosts = HostServices.Where(s => s.Command is null).ToList();
        using var directory = new TempDirectory();

        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, "migrate", "--Storage:Provider=Memory");

        Assert.Equal("""["migrate"]""", migrate.Command);
        Assert.All(hosts, h => Assert.Equal(migrate.Environment["ConnectionStrings__Postgres"], h.Environment["ConnectionStrings__Postgres"]));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void The_image_publishes_the_host_listens_on_8080_and_runs_as_a_non_root_user()
    {
        var dockerfile = File.ReadAllText(RepositoryFiles.Path("docker", "Dockerfile"));

        Assert.True(File.Exists(RepositoryFiles.Path("src", "CommunityGrains.Host", "CommunityGrains.Host.csproj")));
        Assert.Contains("dotnet publish src/CommunityGrains.Host/CommunityGrains.Host.csproj", dockerfile);
        Assert.Contains("ENV ASPNETCORE_URLS=http://+:8080", dockerfile);
        Assert.Contains("USER $APP_UID", dockerfile);
        Assert.Contains("""ENTRYPOINT ["dotnet", "CommunityGrains.Host.dll"]""", dockerfile);
    }

    [Fact]
    public void One_service_builds_the_image_and_the_others_run_it_without_pulling()
    {
        var builder = Assert.Single(Compose.Services.Values, s => s.Build is not null);
        var others = HostServices.Where(s => s.Name != builder.Name).ToList();

        Assert.Equal("host1", builder.Name);
        Assert.Equal(HostImage, builder.Image);
        Assert.Equal("..", builder.Build!["context"]);
        Assert.Equal("docker/Dockerfile", builder.Build["dockerfile"]);
        Assert.True(File.Exists(RepositoryFiles.Path("docker", "Dockerfile")));
        // Pulled, "community-grains" would be whatever a public registry holds under that name.
        Assert.Equal("build", builder.PullPolicy);
        Assert.Equal(["host2", "host3", "migrate"], others.Select(s => s.Name).Order());
        Assert.All(others, s => Assert.Equal("never", s.PullPolicy));
    }

    [Fact]
    public async Task The_readme_s_token_command_mints_inside_the_image_with_host1_s_settings_a_token_every_host_accepts()
    {
        var readme = await File.ReadAllLinesAsync(RepositoryFiles.Path("README.md"));
        const string run = "docker compose -f docker/compose.yaml run --rm --no-deps -T host1 ";
        var line = Assert.Single(readme, l => l.Contains(run, StringComparison.Ordinal));
        var command = line[(line.IndexOf(run, StringComparison.Ordinal) + run.Length)..].TrimEnd(')', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var host1 = Compose.Services["host1"];
        using var directory = new TempDirectory();

        // The image's entry point is `dotnet CommunityGrains.Host.dll`; compose appends the command and sets the environment.
        var (exitCode, output) = await HostProcess.RunVerb(directory.Path, host1.Environment, command);

        Assert.True(exitCode == 0, output);
        Assert.Equal("token", command[0]);
        foreach (var host in HostServices.Where(s => s.Command is null))
        {
            var validation = await new JsonWebTokenHandler().ValidateTokenAsync(output.Trim(), new TokenValidationParameters
            {
                ValidIssuer = AuthOptions.DefaultIssuer,
                ValidAudience = AuthOptions.DefaultIssuer,
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(host.Environment["Auth__SigningKey"])),
            });
            Assert.True(validation.IsValid, $"{host.Name}: {validation.Exception?.Message} ({output})");
        }
    }

    [Fact]
    public void The_build_context_leaves_out_every_data_folder_and_build_output_and_keeps_every_file_the_image_copies()
    {
        var ignore = new DockerIgnore(File.ReadAllLines(RepositoryFiles.Path(".dockerignore")));
        var root = RepositoryFiles.Root;
        var dataFolders = Directory.EnumerateDirectories(root, "data", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/'))
            .Where(d => !d.StartsWith(".git/", StringComparison.Ordinal));
        string[] leftOut =
        [
            "data/communitygrains.db",
            "data/signing.key",
            "src/CommunityGrains.Host/data/communitygrains.db",
            "src/CommunityGrains.Host/data/signing.key",
            "src/CommunityGrains.Host/bin/Debug/net10.0/data/communitygrains.db",
            "docker/data/signing.key",
            "src/CommunityGrains.Host/obj/project.assets.json",
            "src/CommunityGrains.Gateway/GraphiQL/build/node_modules/react/index.js",
            "clients/typescript/node_modules/graphql/index.js",
            ".git/HEAD",
        ];

        Assert.All(leftOut.Concat(dataFolders.Select(d => d + "/any.db")), path => Assert.True(ignore.Excludes(path), $"{path} is in the build context"));
        var copied = TrackedFiles("global.json", "Directory.Build.props", "Directory.Packages.props", "src", "schema");
        Assert.Contains("src/CommunityGrains.Host/Program.cs", copied);
        Assert.Contains("schema/postgres/", string.Join('\n', copied));
        Assert.All(copied, path => Assert.False(ignore.Excludes(path), $"{path} is left out of the build context, but the image copies it"));
    }

    [Fact]
    public void The_image_restores_from_the_project_files_alone_before_it_copies_the_source()
    {
        var build = File.ReadAllLines(RepositoryFiles.Path("docker", "Dockerfile"))
            .SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal))
            .ToList();
        var restore = build.FindIndex(l => l == "RUN dotnet restore src/CommunityGrains.Host/CommunityGrains.Host.csproj");
        var source = build.FindIndex(l => l == "COPY src/ src/");
        var beforeRestore = build.Take(restore).Where(l => l.StartsWith("COPY ", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]).ToList();

        Assert.InRange(restore, 0, source - 1);
        Assert.Contains(build, l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal) && l.Contains("--no-restore", StringComparison.Ordinal));
        Assert.All(beforeRestore, file => Assert.True(
            file.EndsWith(".csproj", StringComparison.Ordinal) || file.EndsWith(".props", StringComparison.Ordinal) || file == "global.json",
            $"{file} is copied before the restore, so every change to it would restore again"));
        Assert.Equal(
            ProjectClosure("src/CommunityGrains.Host/CommunityGrains.Host.csproj").Order(),
            beforeRestore.Where(f => f.EndsWith(".csproj", StringComparison.Ordinal)).Order());
        Assert.Contains("Directory.Packages.props", beforeRestore);
        Assert.Contains("Directory.Build.props", beforeRestore);
    }

    [Fact]
    public void A_new_vulnerability_advisory_stays_a_warning_while_our_own_warnings_fail_the_build()
    {
        var properties = XDocument.Load(RepositoryFiles.Path("Directory.Build.props")).Descendants("PropertyGroup").Elements().ToList();
        var notAsErrors = properties.Single(p => p.Name == "WarningsNotAsErrors").Value.Split(';');

        Assert.Equal("true", properties.Single(p => p.Name == "TreatWarningsAsErrors").Value);
        Assert.All(["NU1901", "NU1902", "NU1903", "NU1904"], code => Assert.Contains(code, notAsErrors));
    }

    /// <summary>A project and every project it references, transitively, as paths from the repository root.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(RepositoryFiles.Path(next)).Descendants("ProjectReference"))
            {
                var path = Path.GetRelativePath(RepositoryFiles.Root, Path.GetFullPath(Path.Combine(RepositoryFiles.Path(folder), reference.Attribute("Include")!.Value.Replace('\\', '/'))));
                pending.Push(path.Replace('\\', '/'));
            }
        }

        return found;
    }

    /// <summary>The files git tracks under <paramref name="paths"/>: what a clone holds and the image build copies.</summary>
    private static List<string> TrackedFiles(params string[] paths)
    {
        var start = new ProcessStartInfo("git", ["ls-files", "--", .. paths])
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
        };
        using var git = Process.Start(start)!;
        var files = git.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return files;
    }
}
