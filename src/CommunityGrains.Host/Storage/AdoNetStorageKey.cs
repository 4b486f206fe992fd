using System.Globalization;
using System.Text;
using Orleans.Storage;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// The natural key Orleans' AdoNet provider (10.4) stores a grain's state under: its <c>AdoGrainKey</c> and
/// <c>ExtractBaseClass</c>, which are private to it, computed the same way, with the hasher it was configured with,
/// so that a row written by <see cref="BatchingPostgresGrainStorage"/> is the row the provider reads and clears.
/// <c>BatchingPostgresGrainStorageTests</c> check this against the provider itself for every kind of key.
/// </summary>
public sealed record AdoNetStorageKey(
    int GrainIdHash,
    int GrainTypeHash,
    string GrainTypeString,
    long GrainIdN0,
    long GrainIdN1,
    string? GrainIdExtensionString,
    string Display) : IComparable<AdoNetStorageKey>
{
    private static readonly char[] GenericDelimiters = ['[', ']'];

    /// <param name="hasherFor">The provider's hasher for the normalised grain type, as its hash picker chooses it.</param>
    public static AdoNetStorageKey For(string stateName, GrainId grainId, Func<string, IHasher> hasherFor)
    {
        var grainType = BaseGrainType(stateName);
        var hasher = hasherFor(grainType);
        var typeHash = hasher.Hash(Encoding.UTF8.GetBytes(grainType));
        if (grainId.TryGetGuidKey(out var guid, out var extension))
        {
            // The provider splits the GUID's bytes into N0/N1 and hashes the GUID rebuilt from them: the same bytes.
            var bytes = guid.ToByteArray();
            return new AdoNetStorageKey(hasher.Hash(HashBytes(bytes, extension)), typeHash, grainType,
                BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), extension, WithExtension(guid.ToString(), extension));
        }

        if (grainId.TryGetIntegerKey(out var integer, out extension))
        {
            return new AdoNetStorageKey(hasher.Hash(HashBytes(BitConverter.GetBytes(integer), extension)), typeHash, grainType,
                0, integer, extension, WithExtension(integer.ToString(CultureInfo.InvariantCulture), extension));
        }

        // Any other key is stored whole in the extension column.
        var key = grainId.Key.ToString();
        return new AdoNetStorageKey(hasher.Hash(HashBytes([], key)), typeHash, grainType, 0, 0, key, key);
    }

    /// <summary>The order a batch takes its row locks in: the same on every host, so two batches never wait on each other in a cycle.</summary>
    public int CompareTo(AdoNetStorageKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = GrainIdHash.CompareTo(other.GrainIdHash);
        order = order != 0 ? order : GrainTypeHash.CompareTo(other.GrainTypeHash);
        order = order != 0 ? order : string.CompareOrdinal(GrainTypeString, other.GrainTypeString);
        order = order != 0 ? order : GrainIdN0.CompareTo(other.GrainIdN0);
        order = order != 0 ? order : GrainIdN1.CompareTo(other.GrainIdN1);
        return order != 0 ? order : string.CompareOrdinal(GrainIdExtensionString, other.GrainIdExtensionString);
    }

    public override string ToString() => Display;

    /// <summary>The key's bytes, then its extension's, reversed on little-endian machines, as the provider hashes them.</summary>
    private static byte[] HashBytes(byte[] key, string? extension)
    {
        // A copy: the caller still reads the key's own bytes.
        byte[] bytes = extension is null ? [.. key] : [.. key, .. Encoding.UTF8.GetBytes(extension)];
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(bytes);
        }

        return bytes;
    }

    private static string WithExtension(string key, string? extension) => extension is null ? key : $"{key}#{extension}";

    /// <summary>A generic type name loses its assembly versions, as in the provider; any other state name is kept.</summary>
    private static string BaseGrainType(string typeName)
    {
        if (!typeName.Contains('`', StringComparison.Ordinal))
        {
            return typeName;
        }

        var segments = new Queue<string>(typeName.Split(GenericDelimiters, StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.Length > 1 && s[0] != ',')
            .Select(WithoutAssemblyVersion));
        return Reformat(segments);

        static string Reformat(Queue<string> segments)
        {
            var name = segments.Dequeue();
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            var arity = tick < 0 ? 0 : int.Parse(name.AsSpan(tick + 1), CultureInfo.InvariantCulture);
            if (arity <= 0)
            {
                return name;
            }

            var arguments = new List<string>(arity);
            for (var i = 0; i < arity; i++)
            {
                arguments.Add(Reformat(segments));
            }

            return $"{name}[{string.Join(",", arguments.Select(a => $"[{a}]"))}]";
        }

        static string WithoutAssemblyVersion(string segment)
        {
            var name = segment.IndexOf(',', StringComparison.Ordinal);
            if (name < 0)
            {
                return segment;
            }

            var version = segment.IndexOf(',', name + 1);
            return version >= 0 ? segment[..version] : segment[..name];
        }
    }
}
