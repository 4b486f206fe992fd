using CommunityGrains.Host.Commands;

return await HostCommandLine.Run(args);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
