using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// Key: community/best-group/{monday}. The award of one week, given once: the winner and its members are stored
/// before the badges go out, so a retry or a second award grants the same badges under the same key.
/// </summary>
public interface IBestStudyGroupAwardGrain : IGrainWithStringKey
{
    /// <summary>The award once given; before that, the week's leader so far; null when no group checked in.</summary>
    Task<StudyGroupAwardView?> Get();

    /// <summary>MODERATOR; the caller has checked the week is over. NOT_FOUND when no group checked in that week.</summary>
    Task<StudyGroupAwardView> Award(Actor actor);
}
