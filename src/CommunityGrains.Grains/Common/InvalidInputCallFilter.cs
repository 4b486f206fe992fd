using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Common;

/// <summary>
/// Domain rules stay free of Orleans and throw <see cref="InvalidInputException"/>; this one filter turns it
/// into the serializable <see cref="DomainException"/> that callers and the gateway understand.
/// </summary>
public sealed class InvalidInputCallFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (InvalidInputException invalid)
        {
            throw DomainException.BadInput(invalid.Message);
        }
    }
}
