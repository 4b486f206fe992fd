using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Common;

/// <summary>
/// A grain changes its state in memory, then writes it. When the write (or anything else unexpected) fails, memory
/// holds a change that is not stored, and a retry would find it "already applied" and acknowledge it without ever
/// storing it. So a grain whose call failed unexpectedly is deactivated: its next call starts from the stored state.
/// Refusals (domain rules) happen before any change and keep the activation.
/// </summary>
public sealed class StorageFaultCallFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception error) when (error is not (DomainException or InvalidInputException))
        {
            context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, error, "A call failed unexpectedly; reload the stored state."));
            throw;
        }
    }
}
