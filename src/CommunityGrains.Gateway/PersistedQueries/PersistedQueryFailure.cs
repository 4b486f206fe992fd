namespace CommunityGrains.Gateway.PersistedQueries;

public enum PersistedQueryFailure
{
    None,
    BadInput,
    NotFound,
    NotTrusted,
}
