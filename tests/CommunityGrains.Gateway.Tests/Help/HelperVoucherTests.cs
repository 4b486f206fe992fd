using System.Text.Json;
using CommunityGrains.Domain.Incentives;
using CommunityGrains.Gateway.Tests.Incentives;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

/// <summary>The 10th completed help: the HELPER_10 badge and the service voucher, a redemption without a debit, once.</summary>
[Collection(HostCollection.Name)]
public sealed class HelperVoucherTests(TestHost host)
{
    private const string Ledger = "{ me { points badges { badge { id } } pointsHistory(first: 100) { nodes { action points reason } } } }";

    [Fact]
    public async Task The_tenth_help_issues_one_voucher_from_the_marked_reward_without_a_debit()
    {
        var (community, alice, bob) = await HelperAndRequester();
        await MarkVoucher(community, "haircut", stock: 3);
        await CompleteHelps(alice, bob, 9);
        Assert.Empty(Vouchers(await bob.Send(Ledger)));
        var pointsBefore = await bob.Points();

        await HelpRequests.Completed(alice, bob, "bob");
        var afterTenth = (await bob.Send(Ledger)).EnsureSuccess();
        await HelpRequests.Completed(alice, bob, "bob");
        var afterEleventh = (await bob.Send(Ledger)).EnsureSuccess();

        var voucher = Assert.Single(Vouchers(afterTenth));
        Assert.Equal(0, voucher.GetProperty("points").GetInt32());
        Assert.Contains("Haircut", voucher.GetProperty("reason").GetString());
        Assert.Equal(pointsBefore + 10, afterTenth.Get("me.points").GetInt32());
        Assert.Single(Vouchers(afterEleventh));
        Assert.Equal(2, await community.Admin.Stock("haircut"));
        Assert.Single(afterEleventh.Get("me.badges").EnumerateArray(), b => b.GetProperty("badge").GetProperty("id").GetString() == AutomaticBadges.Helper10);
    }

    [Fact]
    public async Task Without_a_marked_reward_in_stock_the_helper_stays_entitled_until_one_is()
    {
        var (community, alice, bob) = await HelperAndRequester();
        await CompleteHelps(alice, bob, 10);
        Assert.Empty(Vouchers(await bob.Send(Ledger)));

        await MarkVoucher(community, "haircut", stock: 0);
        await HelpRequests.Completed(alice, bob, "bob");
        Assert.Empty(Vouchers(await bob.Send(Ledger)));

        (await community.Admin.Send("mutation { updateReward(rewardId: \"haircut\", stock: 1) { stock } }")).EnsureSuccess();
        await HelpRequests.Completed(alice, bob, "bob");
        await HelpRequests.Completed(alice, bob, "bob");

        Assert.Single(Vouchers(await bob.Send(Ledger)));
        Assert.Equal(0, await community.Admin.Stock("haircut"));
    }

    [Fact]
    public async Task The_tenth_and_eleventh_help_completed_at_once_issue_one_voucher()
    {
        var (community, alice, bob) = await HelperAndRequester();
        await MarkVoucher(community, "haircut", stock: 5);
        await CompleteHelps(alice, bob, 9);
        var tenth = await Matched(alice, bob);
        var eleventh = await Matched(alice, bob);

        var completions = await Task.WhenAll(alice.Complete(tenth), alice.Complete(eleventh));

        Assert.All(completions, c => c.EnsureSuccess());
        Assert.Single(Vouchers(await bob.Send(Ledger)));
        Assert.Equal(4, await community.Admin.Stock("haircut"));
    }

    [Fact]
    public async Task Marking_another_reward_as_the_voucher_unmarks_the_first()
    {
        var community = await host.NewCommunity();
        await MarkVoucher(community, "haircut", stock: 1);
        await MarkVoucher(community, "repair", stock: 1);

        var rewards = (await community.Admin.Send("{ rewards { id voucherForHelps } }")).EnsureSuccess().Get("rewards").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("voucherForHelps").GetBoolean());

        Assert.Equal(new Dictionary<string, bool> { ["haircut"] = false, ["repair"] = true }, rewards);
    }

    private async Task<(TestCommunity Community, GraphQLClient Alice, GraphQLClient Bob)> HelperAndRequester()
    {
        var community = await host.NewCommunity();
        return (community, await community.Member("alice"), await community.Member("bob"));
    }

    private static async Task MarkVoucher(TestCommunity community, string rewardId, int stock)
    {
        var name = char.ToUpperInvariant(rewardId[0]) + rewardId[1..];
        (await community.Admin.Send(
            "mutation($id: ID!, $name: String!, $stock: Int!) { addReward(input: { id: $id, name: $name, cost: 500, stock: $stock }) { id } }",
            new { id = rewardId, name, stock })).EnsureSuccess();
        var marked = (await community.Admin.Send("mutation($id: ID!) { updateReward(rewardId: $id, voucherForHelps: true) { voucherForHelps } }", new { id = rewardId })).EnsureSuccess();
        Assert.True(marked.Get("updateReward.voucherForHelps").GetBoolean());
    }

    private static async Task CompleteHelps(GraphQLClient author, GraphQLClient helper, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await HelpRequests.Completed(author, helper, "bob");
        }
    }

    private static async Task<string> Matched(GraphQLClient author, GraphQLClient helper)
    {
        var id = await author.Post();
        (await helper.Volunteer(id)).EnsureSuccess();
        (await author.Accept(id, "bob")).EnsureSuccess();
        return id;
    }

    private static List<JsonElement> Vouchers(GraphQLResponse ledger) =>
        ledger.EnsureSuccess().Get("me.pointsHistory.nodes").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "REDEMPTION").ToList();
}
