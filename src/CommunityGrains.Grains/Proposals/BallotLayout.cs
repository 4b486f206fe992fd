namespace CommunityGrains.Grains.Proposals;

/// <summary>Where a proposal's votes live, fixed when voting opens so that votes already cast always count.</summary>
public enum BallotLayout
{
    /// <summary>32 ballot shards by voter, each writing its own voters: proposals opened for voting before ballot boxes.</summary>
    Shards,

    /// <summary>One ballot box per proposal, where concurrent votes share writes, with the votes settled in voter rolls.</summary>
    Box,
}
