using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>The registry entry of one certificate code: what verifyCertificate reads, with or without a token.</summary>
public sealed class CertificateGrain(
    [PersistentState("certificate", StorageNames.Default)] IPersistentState<CertificateState> state) : Grain, ICertificateGrain
{
    async Task ICertificateGrain.Register(CertificateView certificate)
    {
        // The first registration wins: the code is drawn from 140 random bits, so a second one is only ever a retry.
        if (state.State.Certificate is null)
        {
            state.State.Certificate = certificate;
            await state.WriteStateAsync();
        }
    }

    Task<CertificateView?> ICertificateGrain.Get() => Task.FromResult(state.State.Certificate);
}
