namespace CommunityGrains.Grains.Communities;

public static class CommunityDefaults
{
    public const int FeedbackTargetDays = 30;
    public const int MaxFeedbackTargetDays = 365;
}
