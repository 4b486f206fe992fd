namespace CommunityGrains.Domain.Incentives;

/// <summary>Append only: stored by number.</summary>
public enum StarCategory
{
    /// <summary>Completed helps, weighted by the ratings received.</summary>
    Neighbor = 0,

    /// <summary>Check-in days across study groups.</summary>
    Learner = 1,

    /// <summary>Proposals submitted and adopted, feedback that was resolved.</summary>
    CoCreator = 2,

    /// <summary>Points earned in the month.</summary>
    Overall = 3,
}
