using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class StudyGroupMembershipTests(TestHost host)
{
    [Fact]
    public async Task The_creator_is_the_first_member_and_finds_the_group_in_my_study_groups()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var created = (await alice.CreateGroup("spanish", capacity: null)).EnsureSuccess();

        Assert.Equal(5, created.Get("createStudyGroup.capacity").GetInt32());
        Assert.Equal("alice", created.Get("createStudyGroup.members.0.id").GetString());
        var mine = (await alice.Send("{ myStudyGroups { id name } }")).EnsureSuccess();
        Assert.Equal("spanish", mine.Get("myStudyGroups.0.id").GetString());
    }

    [Fact]
    public async Task A_group_without_a_client_id_gets_one()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        var created = (await alice.Send("mutation { createStudyGroup(input: { name: \"Go\", goal: \"Ship a CLI\" }) { id capacity } }")).EnsureSuccess();

        Assert.False(string.IsNullOrEmpty(created.Get("createStudyGroup.id").GetString()));
        Assert.Equal(5, created.Get("createStudyGroup.capacity").GetInt32());
    }

    [Fact]
    public async Task Creating_again_with_the_same_id_returns_the_group_for_its_creator_and_conflicts_for_others()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g1")).EnsureSuccess();

        var retry = (await alice.CreateGroup("g1")).EnsureSuccess();

        Assert.Single(retry.Get("createStudyGroup.members").EnumerateArray());
        (await bob.CreateGroup("g1")).ExpectError(ErrorCodes.Conflict);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public async Task A_capacity_outside_three_to_five_is_refused(int capacity)
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        Assert.Contains("capacity", (await alice.CreateGroup("g", capacity)).ExpectError(ErrorCodes.BadUserInput));
    }

    [Fact]
    public async Task A_mentor_who_has_not_joined_the_community_is_refused()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");

        (await alice.CreateGroup("g", mentorId: "ghost")).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Joining_past_capacity_is_refused_but_the_mentor_does_not_count()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        await community.Member("mentor");
        (await alice.CreateGroup("small", capacity: 3, mentorId: "mentor")).EnsureSuccess();
        (await (await community.Member("bob")).JoinGroup("small")).EnsureSuccess();
        (await (await community.Member("carol")).JoinGroup("small")).EnsureSuccess();

        (await (await community.Member("dave")).JoinGroup("small")).ExpectError(ErrorCodes.GroupFull);
        var mentorJoins = (await community.As("mentor").JoinGroup("small")).EnsureSuccess();
        Assert.Equal(4, mentorJoins.Get("joinStudyGroup.members").GetArrayLength());
    }

    [Fact]
    public async Task Joining_twice_keeps_one_membership()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();

        var again = (await bob.JoinGroup("g")).EnsureSuccess();

        Assert.Equal(2, again.Get("joinStudyGroup.members").GetArrayLength());
    }

    [Fact]
    public async Task Leaving_removes_the_member_and_the_group_from_their_list()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();

        var left = (await bob.Send("mutation { leaveStudyGroup(groupId: \"g\") { members { id } } }")).EnsureSuccess();

        Assert.Equal(1, left.Get("leaveStudyGroup.members").GetArrayLength());
        Assert.Equal(0, (await bob.Send("{ myStudyGroups { id } }")).EnsureSuccess().Get("myStudyGroups").GetArrayLength());
    }

    [Fact]
    public async Task The_mentor_finds_the_group_in_my_study_groups_without_being_a_member()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mentor = await community.Member("mentor");

        var created = (await alice.CreateGroup("g", mentorId: "mentor")).EnsureSuccess();

        Assert.Equal("mentor", created.Get("createStudyGroup.mentor.id").GetString());
        Assert.Equal(1, created.Get("createStudyGroup.members").GetArrayLength());
        Assert.Equal("g", (await mentor.Send("{ myStudyGroups { id } }")).EnsureSuccess().Get("myStudyGroups.0.id").GetString());
    }

    [Fact]
    public async Task A_creator_who_left_does_not_get_the_group_back_by_retrying_the_create()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await alice.Send("mutation { leaveStudyGroup(groupId: \"g\") { id } }")).EnsureSuccess();

        (await alice.CreateGroup("g")).EnsureSuccess();

        Assert.Equal(0, (await alice.Send("{ myStudyGroups { id } }")).EnsureSuccess().Get("myStudyGroups").GetArrayLength());
    }

    [Fact]
    public async Task A_group_of_another_community_is_not_visible()
    {
        var ours = await host.NewCommunity();
        var theirs = await host.NewCommunity();
        (await (await theirs.Member("alice")).CreateGroup("secret")).EnsureSuccess();

        var seen = (await ours.Admin.Send("{ studyGroup(id: \"secret\") { id } }")).EnsureSuccess();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.Get("studyGroup").ValueKind);
    }
}
