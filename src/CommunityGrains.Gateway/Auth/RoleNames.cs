using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Gateway.Auth;

public static class RoleNames
{
    public static string Of(Role role) => role.ToString().ToUpperInvariant();

    public static bool TryParse(string? name, out Role role)
    {
        role = default;
        return name is not null
            && !name.Any(char.IsDigit)
            && Enum.TryParse(name, ignoreCase: true, out role)
            && Enum.IsDefined(role);
    }
}
