using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.Help;

public static class HelpStories
{
    public static string Key(string communityId) => GrainKeys.Of(communityId, "help-stories");

}
