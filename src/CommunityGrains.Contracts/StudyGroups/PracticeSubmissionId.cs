namespace CommunityGrains.Contracts.StudyGroups;

/// <summary>
/// "{task}:{member}": one submission per member per task, and it names the task grain that holds it, so a review
/// needs no lookup.
/// </summary>
public static class PracticeSubmissionId
{
    public static string Of(string taskId, string memberId) => taskId + ":" + memberId;

    public static (string TaskId, string MemberId) Parse(string id)
    {
        var separator = id.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == id.Length - 1)
        {
            throw Common.DomainException.NotFound($"Submission '{id}' does not exist.");
        }

        return (id[..separator], id[(separator + 1)..]);
    }
}
