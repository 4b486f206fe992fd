using System.Reflection;
using CommunityGrains.Gateway;
using CommunityGrains.Gateway.Auth;
using CommunityGrains.Gateway.GraphiQL;
using CommunityGrains.Gateway.Transport;
using CommunityGrains.Host.Observability;
using CommunityGrains.Host.Storage;
using CommunityGrains.Host.Tests.Infrastructure;

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
}
