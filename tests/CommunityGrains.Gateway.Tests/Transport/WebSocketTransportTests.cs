using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Transport;

/// <summary>The graphql-transport-ws protocol on /graphql, over a real socket.</summary>
public sealed class WebSocketTransportTests(KestrelTestHost host) : IClassFixture<KestrelTestHost>
{
    [Fact]
    public async Task Connection_init_with_a_bearer_token_is_acknowledged()
    {
        var alice = await NewMember();
        await using var socket = await host.OpenSocket();

        await socket.Send(new { type = "connection_init", payload = new { Authorization = "Bearer " + alice.Token } });

        Assert.Equal("connection_ack", (await socket.Receive()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Connection_init_may_carry_the_token_as_token()
    {
        var alice = await NewMember();
        await using var socket = await host.OpenSocket();

        await socket.Send(new { type = "connection_init", payload = new { token = alice.Token } });

        Assert.Equal("connection_ack", (await socket.Receive()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Connection_init_without_a_valid_token_is_closed_with_4401()
    {
        await using var socket = await host.OpenSocket();

        await socket.Send(new { type = "connection_init", payload = new { authorization = "Bearer not-a-token" } });

        Assert.Equal(4401, await socket.ReceiveClose());
    }

    [Fact]
    public async Task Subscribing_before_connection_init_is_closed_with_4401()
    {
        await using var socket = await host.OpenSocket();

        await socket.Subscribe("1", "{ me { id } }");

        Assert.Equal(4401, await socket.ReceiveClose());
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        var alice = await NewMember();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);

        await socket.Send(new { type = "connection_init", payload = new { token = alice.Token } });

        Assert.Equal(4429, await socket.ReceiveClose());
    }

    [Fact]
    public async Task A_socket_that_never_sends_connection_init_is_closed_with_4408()
    {
        await using var socket = await host.OpenSocket();

        Assert.Equal(4408, await socket.ReceiveClose());
    }

    [Fact]
    public async Task A_message_that_is_not_a_protocol_message_is_closed_with_4400()
    {
        var alice = await NewMember();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);

        await socket.SendText("""{"hello":"world"}""");

        Assert.Equal(4400, await socket.ReceiveClose());
    }

    /// <summary>
    /// Found by the 200,000-document fuzz: the server queued the close and then cancelled its writer at once, so the
    /// client saw the connection drop without a close frame (or nothing at all) instead of 4400.
    /// </summary>
    [Fact]
    public async Task A_message_over_the_size_limit_is_closed_with_4400()
    {
        var alice = await NewMember();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);
        var overLimit = new string('a', (int)new Gateway.Transport.LimitsOptions().MaxRequestBodyBytes);

        await socket.SendText("""{"type":"subscribe","id":"1","payload":{"query":"{ me { id } }","variables":{"x":""" + $"\"{overLimit}\"}}}}}}");

        Assert.Equal(4400, await socket.ReceiveClose());
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var socket = await host.OpenSocket("graphql-ws");

        Assert.Equal(4406, await socket.ReceiveClose());
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong()
    {
        var alice = await NewMember();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);

        await socket.Send(new { type = "ping" });

        Assert.Equal("pong", (await socket.Receive()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_query_sent_over_the_socket_answers_next_then_complete()
    {
        var alice = await NewMember("Alice on a socket");
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);

        await socket.Subscribe("q1", "{ me { displayName } }");
        var next = await socket.Receive();
        var complete = await socket.Receive();

        Assert.Equal(("next", "q1"), (next.GetProperty("type").GetString(), next.GetProperty("id").GetString()));
        Assert.Equal("Alice on a socket", next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("displayName").GetString());
        Assert.Equal(("complete", "q1"), (complete.GetProperty("type").GetString(), complete.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_document_naming_an_unknown_field_answers_an_error_message()
    {
        var alice = await NewMember();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);

        await socket.Subscribe("s1", "subscription { noSuchField }");
        var error = await socket.Receive();

        Assert.Equal(("error", "s1"), (error.GetProperty("type").GetString(), error.GetProperty("id").GetString()));
        Assert.NotEmpty(error.GetProperty("payload").EnumerateArray());
    }

    private async Task<GraphQLClient> NewMember(string? displayName = null)
    {
        var community = await host.NewCommunity();
        return await community.Member("alice", Role.Member, displayName);
    }
}
