using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;

namespace CommunityGrains.Grains.StudyGroups;

/// <summary>
/// One day's check-ins as both holders keep them: the group grain for the days it has not archived yet
/// (today above all), the day grain for the days archived. The rules live here once.
/// </summary>
public static class StudyDay
{
    public static StoredCheckIn Find(StudyGroupDayState day, DateOnly date, string authorId) =>
        day.CheckIns.GetValueOrDefault(authorId)
        ?? throw DomainException.NotFound($"Check-in '{CheckInId.Of(date, authorId)}' does not exist.");

    /// <summary>One review per reviewer: a second one replaces the first.</summary>
    public static void AddReview(StoredCheckIn checkIn, PeerReviewView review)
    {
        var index = checkIn.Reviews.FindIndex(r => r.ReviewerId == review.ReviewerId);
        if (index >= 0)
        {
            checkIn.Reviews[index] = review;
        }
        else
        {
            checkIn.Reviews.Add(review);
        }
    }

    public static CheckInView View(StudyGroupDayState day, string groupId, DateOnly date, string memberId)
    {
        var checkIn = day.CheckIns[memberId];
        return new CheckInView
        {
            Id = CheckInId.Of(date, memberId),
            GroupId = groupId,
            MemberId = memberId,
            Date = date,
            At = checkIn.At,
            Note = checkIn.Note,
            Highlighted = checkIn.Highlighted,
            Reviews = checkIn.Reviews.ToList(),
        };
    }

    public static IReadOnlyList<CheckInView> All(StudyGroupDayState day, string groupId, DateOnly date) =>
        day.CheckIns.OrderBy(c => c.Value.At).Select(c => View(day, groupId, date, c.Key)).ToList();

    public static StudyDaySummary Summary(StudyGroupDayState day, string groupId, DateOnly date)
    {
        var reviewsGiven = day.CheckIns.Values
            .SelectMany(c => c.Reviews)
            .GroupBy(r => r.ReviewerId)
            .ToDictionary(g => g.Key, g => g.Count());
        var highlighted = day.CheckIns.Where(c => c.Value.Highlighted).OrderBy(c => c.Value.At).Select(c => View(day, groupId, date, c.Key)).ToList();
        return new StudyDaySummary(day.CheckIns.Keys.ToList(), reviewsGiven, highlighted);
    }

    public static StoredCheckIn Stored(CheckInView view) =>
        new() { At = view.At, Note = view.Note, Highlighted = view.Highlighted, Reviews = view.Reviews.ToList() };
}
