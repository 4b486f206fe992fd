using CommunityGrains.Domain.Common;

namespace CommunityGrains.Domain.Members;

/// <summary>Texts the system writes into a member's record (ledger reasons, the anonymised name), in the community's language.</summary>
public static class SystemTexts
{
    public static string Welcome(string language) => language == CommunityLanguage.Chinese ? "欢迎加入社区" : "Welcome to the community";

    public static string FormerMember(string language) => language == CommunityLanguage.Chinese ? "已退出的成员" : "Former member";
}
