namespace CommunityGrains.Domain.Common;

/// <summary>Input that breaks a documented limit; the message names the field so a client can point at it.</summary>
public sealed class InvalidInputException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}
