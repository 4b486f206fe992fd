using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.StudyGroups;

/// <summary>The limits of a study group and of what members write in it.</summary>
public static class StudyGroupRules
{
    public const int MinCapacity = 3;
    public const int MaxCapacity = 5;
    public const int DefaultCapacity = 5;
    public const int MinRating = 1;
    public const int MaxRating = 5;

    public static int Capacity(int? value, string field = "input.capacity") =>
        InputLimits.Range(value ?? DefaultCapacity, field, MinCapacity, MaxCapacity);

    public static int Rating(int value, string field = "input.rating") =>
        InputLimits.Range(value, field, MinRating, MaxRating);

    public static string Goal(string? value, string field = "input.goal") => InputLimits.Title(value, field);
}
