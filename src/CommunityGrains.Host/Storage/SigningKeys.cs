using System.Security.Cryptography;
using CommunityGrains.Gateway.Auth;

namespace CommunityGrains.Host.Storage;

/// <summary>
/// Where the token signing key comes from: <c>Auth:SigningKey</c>, or in embedded mode a key generated once
/// and kept beside the SQLite file, so tokens minted by the <c>token</c> command stay valid across restarts.
/// </summary>
public static class SigningKeys
{
    public const string FileName = "signing.key";

    public static AuthOptions Resolve(IConfiguration configuration, StorageOptions storage)
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (auth.SigningKey is not null || auth.Authority is not null)
        {
            return auth;
        }

        if (storage.Provider != StorageProvider.Sqlite)
        {
            throw new InvalidOperationException("Set Auth:SigningKey (at least 32 bytes) or Auth:Authority: only the embedded SQLite mode generates a key.");
        }

        auth.SigningKey = LoadOrCreate(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!, FileName));
        return auth;
    }

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        try
        {
            // CreateNew: if two processes race, one writes and the other reads what was written.
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(key);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
    }
}
