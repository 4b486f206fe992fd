using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Gateway.Execution;

public static class GatewayIds
{
    /// <summary>Ids become part of grain keys, so they are checked before any grain is addressed.</summary>
    public static string Check(string id, string field = "id")
    {
        try
        {
            return InputLimits.Id(id, field);
        }
        catch (InvalidInputException invalid)
        {
            throw DomainException.BadInput(invalid.Message);
        }
    }
}
