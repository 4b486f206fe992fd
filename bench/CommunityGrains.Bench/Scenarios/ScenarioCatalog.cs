namespace CommunityGrains.Bench.Scenarios;

internal static class ScenarioCatalog
{
    public static readonly string[] Names = ["read-me", "raw", "checkin", "vote-hot", "vote-spread", "help-near", "mixed", "read-group", "read-proposal", "activate", "event-signin", "poll-hot", "comment-hot", "feedback-queue", "annual-board", "group-search"];

    public static IScenario Create(string name) => name switch
    {
        "read-me" => new ReadMeScenario(),
        "raw" => new RawScenario(),
        "checkin" => new CheckInScenario(),
        "vote-hot" => new VoteHotScenario(),
        "vote-spread" => new VoteSpreadScenario(),
        "help-near" => new HelpNearScenario(),
        "mixed" => new MixedScenario(),
        "read-group" => new ReadGroupScenario(),
        "read-proposal" => new ReadProposalScenario(),
        "event-signin" => new EventSignInScenario(),
        "poll-hot" => new PollHotScenario(),
        "comment-hot" => new CommentHotScenario(),
        "feedback-queue" => new FeedbackQueueScenario(),
        "annual-board" => new AnnualBoardScenario(),
        "group-search" => new GroupSearchScenario(),
        _ => throw new ArgumentException($"Unknown scenario '{name}'; one of: {string.Join(", ", Names)}.\n{BenchOptions.Usage}"),
    };
}
