using System.Text.Json;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

/// <summary>myHelpRequestUpdates over graphql-transport-ws on a real socket.</summary>
public sealed class HelpSubscriptionTests(KestrelTestHost host) : IClassFixture<KestrelTestHost>
{
    private const string Updates = "subscription { myHelpRequestUpdates { id status volunteers { id } helper { id } } }";

    [Fact]
    public async Task The_author_hears_of_each_volunteer_and_of_the_accepted_helper()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var requestId = await alice.Post();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);
        await socket.Subscribe("mine", Updates);
        await socket.Barrier();

        (await bob.Volunteer(requestId)).EnsureSuccess();
        var volunteered = Request(await socket.Receive());
        (await alice.Accept(requestId, "bob")).EnsureSuccess();
        var accepted = Request(await socket.Receive());

        Assert.Equal((requestId, "OPEN", "bob"), (volunteered.GetProperty("id").GetString(), volunteered.GetProperty("status").GetString(), volunteered.GetProperty("volunteers")[0].GetProperty("id").GetString()));
        Assert.Equal(("MATCHED", "bob"), (accepted.GetProperty("status").GetString(), accepted.GetProperty("helper").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Updates_of_someone_elses_requests_are_not_pushed()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var alicesRequest = await alice.Post();
        var carolsRequest = await carol.Post();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, carol.Token!);
        await socket.Subscribe("mine", Updates);
        await socket.Barrier();

        (await bob.Volunteer(alicesRequest)).EnsureSuccess();
        (await bob.Volunteer(carolsRequest)).EnsureSuccess();

        Assert.Equal(carolsRequest, Request(await socket.Receive()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_completed_subscription_pushes_nothing_more()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var requestId = await alice.Post();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);
        await socket.Subscribe("mine", Updates);
        await socket.Barrier();

        await socket.Send(new { id = "mine", type = "complete" });
        await socket.Barrier();
        (await bob.Volunteer(requestId)).EnsureSuccess();
        await socket.Subscribe("again", Updates);
        await socket.Barrier();
        (await carol.Volunteer(requestId)).EnsureSuccess();
        var next = await socket.Receive();

        Assert.Equal("again", next.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Subscribing_twice_with_one_id_is_closed_with_4409()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);
        await socket.Subscribe("mine", Updates);

        await socket.Subscribe("mine", Updates);

        Assert.Equal(4409, await socket.ReceiveClose());
    }

    private static JsonElement Request(JsonElement next)
    {
        Assert.Equal("next", next.GetProperty("type").GetString());
        return next.GetProperty("payload").GetProperty("data").GetProperty("myHelpRequestUpdates");
    }
}
