namespace CommunityGrains.Contracts.Common;

/// <summary>
/// <c>GetGrain&lt;T&gt;(string)</c> resolves the interface's grain type by reflection (custom attributes, type-name
/// formatting) on every call; in the read-group profile that was about 7% of the host's CPU, since one query makes a
/// dozen grain references. The pair of types never changes in a process, so it is resolved once per interface and
/// references are built from it with <see cref="IGrainFactory.GetGrain(GrainId, GrainInterfaceType)"/>.
/// </summary>
public static class GrainReferences
{
    public static TGrain Reference<TGrain>(this IGrainFactory factory, string key)
        where TGrain : IGrainWithStringKey
    {
        var types = Resolved<TGrain>.Types ??= Resolve<TGrain>(factory, key);
        return (TGrain)factory.GetGrain(GrainId.Create(types.Grain, key), types.Interface);
    }

    private static GrainTypes Resolve<TGrain>(IGrainFactory factory, string key)
        where TGrain : IGrainWithStringKey
    {
        var reference = (GrainReference)(object)factory.GetGrain<TGrain>(key);
        return new GrainTypes(reference.GrainId.Type, reference.InterfaceType);
    }

    private sealed record GrainTypes(GrainType Grain, GrainInterfaceType Interface);

    private static class Resolved<TGrain>
    {
        public static GrainTypes? Types;
    }
}
