using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Incentives;

[Collection(HostCollection.Name)]
public sealed class BadgeTests(TestHost host)
{
    private const string Define = """mutation { defineBadge(input: { id: "GREEN_THUMB", name: "Green thumb", description: "Kept the garden alive." }) { id name automatic } }""";

    [Fact]
    public async Task Badges_lists_the_automatic_ones_and_then_the_defined_ones()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        (await mod.Send(Define)).EnsureSuccess();

        var badges = (await mod.Send("{ badges { id automatic } }")).EnsureSuccess().Get("badges").EnumerateArray()
            .Select(b => (b.GetProperty("id").GetString(), b.GetProperty("automatic").GetBoolean())).ToList();

        Assert.Equal(
            [("FIRST_SUGGESTION", true), ("STREAK_30", true), ("HELPER_10", true), ("PROPOSAL_ADOPTED", true), ("STAR_OF_THE_MONTH", true), ("STAR_OF_THE_YEAR", true), ("NEIGHBOR_EXPERT", true), ("BEST_GROUP", true), ("GREEN_THUMB", false)],
            badges);
    }

    [Fact]
    public async Task Defining_a_badge_with_the_id_of_an_automatic_one_is_a_conflict()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        (await mod.Send("""mutation { defineBadge(input: { id: "helper_10", name: "Fake", description: "Fake" }) { id } }""")).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task Defining_the_same_badge_again_returns_it_but_another_definition_is_a_conflict()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        (await mod.Send(Define)).EnsureSuccess();
        (await mod.Send(Define)).EnsureSuccess();
        (await mod.Send("""mutation { defineBadge(input: { id: "GREEN_THUMB", name: "Other", description: "Other" }) { id } }""")).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task A_member_cannot_define_a_badge()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("ana");
        (await member.Send(Define)).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_moderator_awards_a_defined_badge_and_the_member_shows_it_with_who_awarded_it()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator, displayName: "Moderator Mo");
        await community.Member("ana");
        (await mod.Send(Define)).EnsureSuccess();

        var awarded = (await mod.Send("""mutation { awardBadge(input: { memberId: "ana", badgeId: "GREEN_THUMB", reason: "Tomatoes" }) { id badges { badge { id name automatic } reason awardedBy { displayName } } } }""")).EnsureSuccess();

        Assert.Equal("ana", awarded.Get("awardBadge.id").GetString());
        Assert.Equal("Green thumb", awarded.Get("awardBadge.badges.0.badge.name").GetString());
        Assert.False(awarded.Get("awardBadge.badges.0.badge.automatic").GetBoolean());
        Assert.Equal("Tomatoes", awarded.Get("awardBadge.badges.0.reason").GetString());
        Assert.Equal("Moderator Mo", awarded.Get("awardBadge.badges.0.awardedBy.displayName").GetString());
    }

    [Fact]
    public async Task A_member_cannot_award_badges()
    {
        var community = await host.NewCommunity();
        var member = await community.Member("ana");
        await community.Member("bo");
        (await member.Send("""mutation { awardBadge(input: { memberId: "bo", badgeId: "GREEN_THUMB", reason: "Friend" }) { id } }""")).ExpectError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Awarding_an_unknown_badge_is_not_found()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        (await mod.Send("""mutation { awardBadge(input: { memberId: "ana", badgeId: "NOPE", reason: "x" }) { id } }""")).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Awarding_a_badge_to_someone_who_never_joined_is_not_found()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        (await mod.Send(Define)).EnsureSuccess();
        (await mod.Send("""mutation { awardBadge(input: { memberId: "ghost", badgeId: "GREEN_THUMB", reason: "x" }) { id } }""")).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task An_automatic_badge_cannot_be_awarded_by_hand()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        await community.Member("ana");
        (await mod.Send("""mutation { awardBadge(input: { memberId: "ana", badgeId: "STAR_OF_THE_MONTH", reason: "x" }) { id } }""")).ExpectError(ErrorCodes.BadUserInput);

        var badges = (await mod.Send("""{ member(id: "ana") { badges { reason } } }""")).EnsureSuccess().Get("member.badges");
        Assert.Equal(JsonValueKind.Array, badges.ValueKind);
        Assert.Equal(0, badges.GetArrayLength());
    }
}
