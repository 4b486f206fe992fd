using System.Net;
using System.Net.Sockets;

namespace CommunityGrains.Testing;

/// <summary>
/// A loopback port nobody listens on now, never the same one twice in this process. Only for servers that cannot
/// bind port 0 and report the port they got: Orleans refuses a silo port of 0 ("No listening port specified") and
/// PostgreSQL's port setting starts at 1. Anything else (Kestrel) binds port 0 and reads the port back, because
/// another process may take a port between this call and the bind.
/// </summary>
public static class FreePort
{
    private static readonly HashSet<int> Handed = [];

    public static int Next()
    {
        lock (Handed)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (Handed.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
