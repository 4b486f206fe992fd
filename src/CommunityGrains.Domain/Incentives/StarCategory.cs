namespace CommunityGrains.Domain.Incentives;

public enum StarCategory
{
    /// <summary>Completed helps, weighted by the ratings received.</summary>
    Neighbor,

    /// <summary>Check-in days across study groups.</summary>
    Learner,

    /// <summary>Proposals submitted and adopted, feedback that was resolved.</summary>
    CoCreator,

    /// <summary>Points earned in the month.</summary>
    Overall,
}
