using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class StudyGroupSearchTests(TestHost host)
{
    private const string Search =
        "query($goal: String, $tags: [String!], $seats: Boolean, $first: Int, $after: String) { studyGroups(goal: $goal, tags: $tags, withSeatsOnly: $seats, first: $first, after: $after) { totalCount nodes { id tags } pageInfo { hasNextPage endCursor } } }";

    [Fact]
    public async Task Groups_are_found_by_the_words_of_their_goal_best_match_first()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.Group("spanish-exam", "Pass the Spanish B1 exam")).EnsureSuccess();
        (await alice.Group("spanish-chat", "Chat in Spanish every evening")).EnsureSuccess();
        (await alice.Group("go", "Ship a Go command line tool")).EnsureSuccess();

        var found = (await alice.Send(Search, new { goal = "spanish exam" })).EnsureSuccess();

        Assert.Equal(["spanish-exam", "spanish-chat"], Ids(found));
        Assert.Equal(2, found.Get("studyGroups.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_chinese_goal_is_matched_by_its_words_without_spaces()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.Group("japanese", "三个月内通过日语能力考试")).EnsureSuccess();
        (await alice.Group("piano", "每天练习钢琴半小时")).EnsureSuccess();

        var found = (await alice.Send(Search, new { goal = "日语考试" })).EnsureSuccess();

        Assert.Equal(["japanese"], Ids(found));
    }

    [Fact]
    public async Task Tags_are_stored_on_the_group_matched_by_goal_words_and_filter_the_list()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var created = (await alice.Group("ielts", "Band 7 by June", tags: ["English", "exam", "exam"])).EnsureSuccess();
        (await alice.Group("toefl", "Score 100", tags: ["english"])).EnsureSuccess();

        Assert.Equal(["english", "exam"], created.Get("createStudyGroup.tags").EnumerateArray().Select(t => t.GetString()!));
        Assert.Equal(["ielts"], Ids((await alice.Send(Search, new { goal = "exam" })).EnsureSuccess()));
        Assert.Equal(["ielts"], Ids((await alice.Send(Search, new { tags = new[] { "ENGLISH", "exam" } })).EnsureSuccess()));
    }

    [Fact]
    public async Task Without_a_goal_the_callers_interests_rank_the_groups()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await bob.Send("mutation { updateProfile(input: { interests: [\"photography\", \"摄影\"] }) { id } }")).EnsureSuccess();
        (await alice.Group("cooking", "Cook one new dish a week")).EnsureSuccess();
        (await alice.Group("photo", "A photography walk every Sunday")).EnsureSuccess();
        (await alice.Group("film", "Learn film editing")).EnsureSuccess();
        (await alice.Group("photo-zh", "周末一起学摄影")).EnsureSuccess();

        var ranked = Ids((await bob.Send(Search)).EnsureSuccess());

        Assert.Equal(4, ranked.Count);
        Assert.Equal(["photo", "photo-zh"], ranked.Take(2).Order());
    }

    [Fact]
    public async Task A_full_group_is_left_out_unless_asked_for()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.Group("full", "Run a marathon", capacity: 3)).EnsureSuccess();
        (await (await community.Member("bob")).JoinGroup("full")).EnsureSuccess();
        (await (await community.Member("carol")).JoinGroup("full")).EnsureSuccess();

        Assert.Empty(Ids((await alice.Send(Search, new { goal = "marathon" })).EnsureSuccess()));
        Assert.Equal(["full"], Ids((await alice.Send(Search, new { goal = "marathon", seats = false })).EnsureSuccess()));
        (await community.As("carol").Send("mutation { leaveStudyGroup(groupId: \"full\") { id } }")).EnsureSuccess();
        Assert.Equal(["full"], Ids((await alice.Send(Search, new { goal = "marathon" })).EnsureSuccess()));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_repeats()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        foreach (var id in new[] { "r1", "r2", "r3" })
        {
            (await alice.Group(id, "Read a book a month")).EnsureSuccess();
        }

        var first = (await alice.Send(Search, new { goal = "book", first = 2 })).EnsureSuccess();
        var second = (await alice.Send(Search, new { goal = "book", first = 2, after = first.Get("studyGroups.pageInfo.endCursor").GetString() })).EnsureSuccess();

        Assert.True(first.Get("studyGroups.pageInfo.hasNextPage").GetBoolean());
        Assert.False(second.Get("studyGroups.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(["r1", "r2", "r3"], Ids(first).Concat(Ids(second)).Order());
    }

    [Fact]
    public async Task An_empty_goal_or_too_many_tags_are_refused_naming_the_argument()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        Assert.Contains("goal", (await alice.Send(Search, new { goal = " " })).ExpectError(ErrorCodes.BadUserInput));
        var tags = Enumerable.Range(0, 11).Select(i => $"t{i}").ToArray();
        Assert.Contains("tags", (await alice.Send(Search, new { tags })).ExpectError(ErrorCodes.BadUserInput));
        Assert.Contains("input.tags", (await alice.Group("g", "Goal", tags: tags)).ExpectError(ErrorCodes.BadUserInput));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await alice.Send("{ studyGroup(id: \"g\") { id } }")).EnsureSuccess().Get("studyGroup").ValueKind);
    }

    [Fact]
    public async Task The_mentor_or_a_moderator_changes_the_mentor_and_nobody_else()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mentor = await community.Member("mentor");
        var next = await community.Member("next");
        var moderator = await community.Member("mod", Role.Moderator);
        (await alice.CreateGroup("g", mentorId: "mentor")).EnsureSuccess();
        const string SetMentor = "mutation($m: ID!) { setStudyGroupMentor(groupId: \"g\", mentorId: $m) { mentor { id } } }";

        (await alice.Send(SetMentor, new { m = "alice" })).ExpectError(ErrorCodes.Forbidden);
        var changed = (await mentor.Send(SetMentor, new { m = "next" })).EnsureSuccess();
        (await next.Send(SetMentor, new { m = "ghost" })).ExpectError(ErrorCodes.NotFound);
        (await moderator.Send(SetMentor, new { m = "mentor" })).EnsureSuccess();

        Assert.Equal("next", changed.Get("setStudyGroupMentor.mentor.id").GetString());
        Assert.Equal(0, (await next.Send("{ myStudyGroups { id } }")).EnsureSuccess().Get("myStudyGroups").GetArrayLength());
        Assert.Equal("g", (await mentor.Send("{ myStudyGroups { id } }")).EnsureSuccess().Get("myStudyGroups.0.id").GetString());
    }

    private static List<string> Ids(GraphQLResponse response) =>
        response.Get("studyGroups.nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
}
