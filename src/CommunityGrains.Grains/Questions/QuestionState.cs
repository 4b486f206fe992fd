namespace CommunityGrains.Grains.Questions;

[GenerateSerializer]
public sealed class QuestionState
{
    [Id(0)] public bool Exists { get; set; }

    /// <summary>Kept for retries and points even when anonymous; never leaves this grain then, nor is it logged.</summary>
    [Id(1)] public string AuthorId { get; set; } = "";

    [Id(2)] public bool Anonymous { get; set; }
    [Id(3)] public string EventId { get; set; } = "";
    [Id(4)] public string Body { get; set; } = "";
    [Id(5)] public DateTimeOffset AskedAt { get; set; }


    [Id(7)] public string? Answer { get; set; }
    [Id(8)] public long Version { get; set; }

    /// <summary>Set with every change, cleared once the board, the author's points and subscribers have it.</summary>
    [Id(9)] public bool EffectsPending { get; set; }

    [Id(10)] public bool Awarded { get; set; }

    /// <summary>Upvotes per <see cref="Contracts.Questions.QuestionUpvotes"/> shard, as each shard last reported them.</summary>
    [Id(11)] public int[] UpvotesByShard { get; set; } = new int[Contracts.Questions.QuestionUpvotes.Shards];
}
