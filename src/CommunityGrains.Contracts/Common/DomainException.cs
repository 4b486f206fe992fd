namespace CommunityGrains.Contracts.Common;

/// <summary>
/// The one exception grains throw for a refused command. It crosses grain and host boundaries
/// (Orleans serializes it), and the gateway turns <see cref="Code"/> into <c>extensions.code</c>.
/// </summary>
[GenerateSerializer]
public sealed class DomainException : Exception
{
    public DomainException(string code, string message) : base(message) => Code = code;

    [Id(0)]
    public string Code { get; }

    public static DomainException BadInput(string message) => new(ErrorCodes.BadUserInput, message);
    public static DomainException Forbidden(string message) => new(ErrorCodes.Forbidden, message);
    public static DomainException NotFound(string message) => new(ErrorCodes.NotFound, message);
    public static DomainException Conflict(string message) => new(ErrorCodes.Conflict, message);
}
