using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

/// <summary>The usual read of a group (its members' names, streaks and today's check-ins) as a member of it sees it.</summary>
[Collection(HostCollection.Name)]
public sealed class StudyGroupReadTests(TestHost host)
{
    private const string GroupRead = """
        query($g: ID!) { studyGroup(id: $g) {
          mentor { id displayName }
          members { id displayName }
          memberStreaks { member { id displayName } current }
          checkIns { member { id displayName } note reviews { reviewer { displayName } } } } }
        """;

    [Fact]
    public async Task A_group_names_its_members_mentor_and_reviewers_as_they_joined()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice", displayName: "Alice A.");
        await community.Member("mentor", displayName: "Ms Mentor");
        var bob = await community.Member("bob", displayName: "Bob B.");
        (await alice.CreateGroup("g", mentorId: "mentor")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        var bobsCheckIn = await bob.CheckInId("g", "Read chapter 1");
        (await alice.Review("g", bobsCheckIn, 5)).EnsureSuccess();

        var group = (await alice.Send(GroupRead, new { g = "g" })).EnsureSuccess();

        Assert.Equal("Ms Mentor", group.Get("studyGroup.mentor.displayName").GetString());
        Assert.Equal(["Alice A.", "Bob B."], Names(group, "studyGroup.members", "displayName"));
        Assert.Equal(["Alice A.", "Bob B."], Names(group, "studyGroup.memberStreaks", "member.displayName"));
        Assert.Equal(["Bob B."], Names(group, "studyGroup.checkIns", "member.displayName"));
        Assert.Equal("Alice A.", group.Get("studyGroup.checkIns.0.reviews.0.reviewer.displayName").GetString());
    }

    [Fact]
    public async Task A_member_who_renames_themselves_shows_under_the_new_name_in_their_groups()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob", displayName: "Bob");
        (await alice.CreateGroup("g1")).EnsureSuccess();
        (await alice.CreateGroup("g2")).EnsureSuccess();
        (await bob.JoinGroup("g1")).EnsureSuccess();
        (await bob.JoinGroup("g2")).EnsureSuccess();
        await bob.CheckInId("g1");
        (await alice.Send(GroupRead, new { g = "g1" })).EnsureSuccess();

        (await bob.Send("mutation { updateProfile(input: { displayName: \"Robert\" }) { displayName } }")).EnsureSuccess();

        var g1 = (await alice.Send(GroupRead, new { g = "g1" })).EnsureSuccess();
        var g2 = (await alice.Send(GroupRead, new { g = "g2" })).EnsureSuccess();
        Assert.Equal(["alice", "Robert"], Names(g1, "studyGroup.members", "displayName"));
        Assert.Equal(["alice", "Robert"], Names(g1, "studyGroup.memberStreaks", "member.displayName"));
        Assert.Equal(["Robert"], Names(g1, "studyGroup.checkIns", "member.displayName"));
        Assert.Equal(["alice", "Robert"], Names(g2, "studyGroup.members", "displayName"));
    }

    [Fact]
    public async Task Asking_for_more_than_a_name_answers_with_the_members_own_figures()
    {
        var (alice, bob) = await AliceAndBobWhoCheckedIn();

        var group = (await alice.Send(
            "query($g: ID!) { studyGroup(id: $g) { checkIns { member { displayName points tier { name } } } } }",
            new { g = "g" })).EnsureSuccess();

        var bobsFigures = (await bob.Send("{ me { points tier { name } } }")).EnsureSuccess();
        Assert.True(bobsFigures.Get("me.points").GetInt32() > 0);
        Assert.Equal(bobsFigures.Get("me.points").GetInt32(), group.Get("studyGroup.checkIns.0.member.points").GetInt32());
        Assert.Equal(bobsFigures.Get("me.tier.name").GetString(), group.Get("studyGroup.checkIns.0.member.tier.name").GetString());
    }

    [Fact]
    public async Task A_member_who_left_is_still_named_on_the_check_in_they_made()
    {
        var (alice, bob) = await AliceAndBobWhoCheckedIn();

        (await bob.Send("mutation { leaveStudyGroup(groupId: \"g\") { id } }")).EnsureSuccess();

        var group = (await alice.Send(GroupRead, new { g = "g" })).EnsureSuccess();
        Assert.Equal(["alice"], Names(group, "studyGroup.members", "displayName"));
        Assert.Equal(["Bob"], Names(group, "studyGroup.checkIns", "member.displayName"));
    }

    /// <summary>alice created group "g"; bob (shown as "Bob") joined it and checked in.</summary>
    private async Task<(GraphQLClient Alice, GraphQLClient Bob)> AliceAndBobWhoCheckedIn()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob", displayName: "Bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        await bob.CheckInId("g");
        return (alice, bob);
    }

    private static string[] Names(GraphQLResponse response, string listPath, string namePath) =>
        response.Get(listPath).EnumerateArray().Select(item => namePath.Split('.').Aggregate(item, (e, p) => e.GetProperty(p)).GetString() ?? "").ToArray();
}
