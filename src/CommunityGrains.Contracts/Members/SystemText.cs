using CommunityGrains.Domain.Members;

namespace CommunityGrains.Contracts.Members;

/// <summary>
/// A text for a member's record, sent as a kind and its facts so the member grain, which knows the community's language,
/// writes it in that language (see <see cref="SystemTexts"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SystemText([property: Id(0)] SystemTextKind Kind, [property: Id(1)] IReadOnlyList<string> Facts)
{
    public static SystemText Of(SystemTextKind kind, params string[] facts) => new(kind, facts);

    /// <summary>A person's words (a moderator's reason), shown as given.</summary>
    public static implicit operator SystemText(string verbatim) => new(SystemTextKind.Verbatim, [verbatim]);

    public string Render(string language) => SystemTexts.Render(Kind, language, Facts);
}
