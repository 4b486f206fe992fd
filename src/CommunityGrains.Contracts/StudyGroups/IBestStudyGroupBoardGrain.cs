using CommunityGrains.Contracts.Common;

namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>Key: community (stateless worker). Knows the community's calendar: which week is meant and whether it is over.</summary>
public interface IBestStudyGroupBoardGrain : IGrainWithStringKey
{
    /// <summary>The week containing <paramref name="weekOf"/>, or the last full week when null.</summary>
    Task<StudyGroupAwardView?> BestOfWeek(DateOnly? weekOf);

    /// <summary>BAD_USER_INPUT naming weekOf for a week not over yet in the community's time zone.</summary>
    Task<StudyGroupAwardView> Award(Actor actor, DateOnly? weekOf);
}
