using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CommunityGrains.Testing;

/// <summary>
/// A port nobody listens on now, never the same one twice in this process. Only for servers that cannot bind port 0
/// and report the port they got: Orleans refuses a silo port of 0 ("No listening port specified") and PostgreSQL's
/// port setting starts at 1. Anything else (Kestrel) binds port 0 and reads the port back.
/// <para>
/// The port is drawn at random below the kernel's ephemeral range: the outgoing connections of every process on the
/// machine take their local ports from that range, and one of them taking the port between this call and the
/// server's bind is what made tests fail in <c>Socket.Bind</c> now and then. What remains is another test process
/// drawing the same port in the same moment; <c>HostProcess</c> and <c>PostgresServer</c> start again on new ports
/// when that happens.
/// </para>
/// </summary>
public static class FreePort
{
    private const int Lowest = 10000;

    private static readonly HashSet<int> Handed = [];

    private static readonly int BelowEphemeral = EphemeralStart();

    public static int Next()
    {
        lock (Handed)
        {
            while (true)
            {
                var port = Random.Shared.Next(Lowest, BelowEphemeral);
                if (!Handed.Contains(port) && CanBind(port))
                {
                    Handed.Add(port);
                    return port;
                }
            }
        }
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var any = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            any.Bind(new IPEndPoint(IPAddress.Any, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The first port of <c>net.ipv4.ip_local_port_range</c> (32768 on Linux by default).</summary>
    private static int EphemeralStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        var first = File.Exists(range)
            && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture, out var start)
            ? start
            : 32768;
        return first > Lowest + 1000 ? first : 32768;
    }
}
