using System.Net;
using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class CertificateTests(TestHost host)
{
    private const string Paris = "Europe/Paris";

    [Fact]
    public async Task A_run_of_the_communitys_certificate_days_earns_one_streak_certificate()
    {
        var community = await host.NewCommunity(Paris);
        var configured = (await community.Admin.Send("mutation { configureCommunity(input: { certificateDays: 3 }) { certificateDays } }")).EnsureSuccess();
        var alice = await community.Member("alice");
        (await alice.CreateGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(12, 0)));

        (await alice.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await alice.CheckIn("g")).EnsureSuccess();
        var afterTwo = (await alice.MyCertificates()).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await alice.CheckIn("g")).EnsureSuccess();
        (await alice.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await alice.CheckIn("g")).EnsureSuccess();

        Assert.Equal(3, configured.Get("configureCommunity.certificateDays").GetInt32());
        Assert.Empty(afterTwo.Get("me.certificates").EnumerateArray());
        var certificate = Assert.Single((await alice.MyCertificates()).EnsureSuccess().Get("me.certificates").EnumerateArray());
        Assert.Equal("STREAK", certificate.GetProperty("kind").GetString());
        Assert.Equal("Spanish B1", certificate.GetProperty("groupName").GetString());
        Assert.Equal("Test", certificate.GetProperty("communityName").GetString());
    }

    [Fact]
    public async Task The_default_is_thirty_days_and_a_value_out_of_range_is_refused()
    {
        var community = await host.NewCommunity(Paris);

        var read = (await community.Admin.Send("{ community { certificateDays } }")).EnsureSuccess();
        var message = (await community.Admin.Send("mutation { configureCommunity(input: { certificateDays: 1 }) { certificateDays } }")).ExpectError(ErrorCodes.BadUserInput);

        Assert.Equal(30, read.Get("community.certificateDays").GetInt32());
        Assert.StartsWith("input.certificateDays:", message);
        Assert.Equal(30, (await community.Admin.Send("{ community { certificateDays } }")).EnsureSuccess().Get("community.certificateDays").GetInt32());
    }

    [Fact]
    public async Task Anyone_without_a_token_verifies_a_code_and_a_member_who_left_shows_as_former_member()
    {
        var (_, alice, code) = await Certified();
        var anonymous = host.Anonymous();

        var verified = (await anonymous.Verify(code)).EnsureSuccess();
        var typed = (await anonymous.Verify(" " + code.ToLowerInvariant())).EnsureSuccess();
        (await alice.Send("mutation { leaveCommunity(confirm: true) }")).EnsureSuccess();
        var afterLeaving = (await anonymous.Verify(code)).EnsureSuccess();

        Assert.Null(anonymous.Token);
        Assert.Equal(code, verified.Get("verifyCertificate.code").GetString());
        Assert.Equal("STREAK", verified.Get("verifyCertificate.kind").GetString());
        Assert.Equal("alice", verified.Get("verifyCertificate.member.id").GetString());
        Assert.Equal("Alice Martin", verified.Get("verifyCertificate.member.displayName").GetString());
        Assert.Equal("Test", verified.Get("verifyCertificate.communityName").GetString());
        Assert.Equal("Spanish B1", verified.Get("verifyCertificate.groupName").GetString());
        Assert.Equal(code, typed.Get("verifyCertificate.code").GetString());
        Assert.Equal("Former member", afterLeaving.Get("verifyCertificate.member.displayName").GetString());
    }

    [Theory]
    [InlineData("CG-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345")]
    [InlineData("not a code")]
    [InlineData("")]
    public async Task An_unknown_code_or_one_of_the_wrong_shape_verifies_as_null(string code)
    {
        var response = (await host.Anonymous().Verify(code)).EnsureSuccess();

        Assert.Equal(JsonValueKind.Null, response.Get("verifyCertificate").ValueKind);
    }

    [Theory]
    [InlineData("{ me { id } }")]
    [InlineData("{ verifyCertificate(code: \"x\") { code } me { id } }")]
    [InlineData("{ verifyCertificate(code: \"x\") { member { id points } } }")]
    [InlineData("{ verifyCertificate(code: \"x\") { member { certificates { code } } } }")]
    [InlineData("{ verifyCertificate(code: \"x\") { group { id } } }")]
    [InlineData("{ verifyCertificate(code: \"x\") { ...on Certificate { code } } }")]
    [InlineData("mutation { leaveCommunity(confirm: true) }")]
    public async Task Everything_else_without_a_token_is_still_refused(string query)
    {
        var response = await host.Anonymous().Send(query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        response.ExpectError(ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Within_its_community_a_certificate_names_its_group()
    {
        var (community, _, code) = await Certified();

        var verified = (await community.Admin.Send("query($c: String!) { verifyCertificate(code: $c) { group { id name } member { id } } }", new { c = code })).EnsureSuccess();
        var outsider = await (await host.NewCommunity(Paris)).Member("zoe");
        var fromElsewhere = (await outsider.Send("query($c: String!) { verifyCertificate(code: $c) { groupName group { id } } }", new { c = code })).EnsureSuccess();

        Assert.Equal("g", verified.Get("verifyCertificate.group.id").GetString());
        Assert.Equal("alice", verified.Get("verifyCertificate.member.id").GetString());
        Assert.Equal(JsonValueKind.Null, fromElsewhere.Get("verifyCertificate.group").ValueKind);
        Assert.Equal("Spanish B1", fromElsewhere.Get("verifyCertificate.groupName").GetString());
    }

    /// <summary>Alice ("Alice Martin") with a STREAK certificate of group "g", earned over two days.</summary>
    private async Task<(TestCommunity Community, GraphQLClient Alice, string Code)> Certified()
    {
        var community = await host.NewCommunity(Paris);
        (await community.Admin.Send("mutation { configureCommunity(input: { certificateDays: 2 }) { certificateDays } }")).EnsureSuccess();
        var alice = await community.Member("alice", displayName: "Alice Martin");
        (await alice.CreateGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(12, 0)));
        (await alice.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromDays(1));
        (await alice.CheckIn("g")).EnsureSuccess();
        var certificate = Assert.Single((await alice.MyCertificates()).EnsureSuccess().Get("me.certificates").EnumerateArray());
        return (community, alice, certificate.GetProperty("code").GetString()!);
    }
}
