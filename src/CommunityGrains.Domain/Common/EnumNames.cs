using System.Text;

namespace CommunityGrains.Domain.Common;

/// <summary>Enum values as the API spells them (InProgress is IN_PROGRESS), for texts and webhook payloads.</summary>
public static class EnumNames
{
    public static string Constant<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
