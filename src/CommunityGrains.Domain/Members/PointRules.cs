namespace CommunityGrains.Domain.Members;

/// <summary>Points per action: the contract's defaults with a community's overrides merged over them.</summary>
public sealed class PointRules
{
    public static readonly IReadOnlyDictionary<PointAction, int> Defaults = new Dictionary<PointAction, int>
    {
        [PointAction.CheckIn] = 2,
        [PointAction.Discussion] = 5,
        [PointAction.Suggestion] = 10,
        [PointAction.Vote] = 3,
        [PointAction.ProposalAdopted] = 50,
        [PointAction.PeerReview] = 2,
        [PointAction.HelpCompleted] = 10,
        [PointAction.FeedbackSubmitted] = 5,
        [PointAction.StarOfTheMonth] = 100,
        [PointAction.EventAttended] = 5,
        [PointAction.PollVote] = 3,
        [PointAction.SurveyAnswered] = 3,
        [PointAction.QuestionAsked] = 2,
    };

    /// <summary>
    /// Actions whose points are given per event (a redemption's cost, a moderator's adjustment, the community's
    /// welcome points), not by a rule.
    /// </summary>
    public static bool IsRuleBased(PointAction action) => action is not (PointAction.Redemption or PointAction.Adjustment or PointAction.Welcome);

    public const int MaxAdjustment = 1000;
    public const int MaxWelcomePoints = 10_000;

    /// <summary>A moderator's adjustment: -1000..1000 points, never 0, with a reason of 1..200 characters.</summary>
    public static (int Points, string Reason) Adjustment(int points, string? reason)
    {
        Common.InputLimits.Range(points, "points", -MaxAdjustment, MaxAdjustment);
        if (points == 0)
        {
            throw new Common.InvalidInputException("points", "must not be 0.");
        }

        return (points, Common.InputLimits.Title(reason, "reason"));
    }

    public const int MaxPointsPerAction = 100_000;

    private readonly IReadOnlyDictionary<PointAction, int> _overrides;

    public PointRules(IReadOnlyDictionary<PointAction, int> overrides) => _overrides = overrides;

    public int PointsFor(PointAction action) =>
        _overrides.TryGetValue(action, out var points) ? points : Defaults.GetValueOrDefault(action);

    public IReadOnlyList<KeyValuePair<PointAction, int>> All() =>
        Defaults.Keys.Select(a => KeyValuePair.Create(a, PointsFor(a))).ToList();

    /// <summary>Later overrides replace earlier ones for the actions they name; other actions keep their value.</summary>
    public static Dictionary<PointAction, int> Merge(IReadOnlyDictionary<PointAction, int> current, IEnumerable<KeyValuePair<PointAction, int>> changes)
    {
        var merged = new Dictionary<PointAction, int>(current);
        foreach (var (action, points) in changes)
        {
            if (!IsRuleBased(action))
            {
                throw new Common.InvalidInputException("input.pointRules", $"{action} points are set per event, not by a rule.");
            }

            if (points is < 0 or > MaxPointsPerAction)
            {
                throw new Common.InvalidInputException("input.pointRules", $"points must be between 0 and {MaxPointsPerAction}.");
            }

            merged[action] = points;
        }

        return merged;
    }
}
