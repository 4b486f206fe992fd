using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Help;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Notifications;

/// <summary>myNotifications and threadComments over graphql-transport-ws on a real socket.</summary>
public sealed class NotificationSubscriptionTests(KestrelTestHost host) : IClassFixture<KestrelTestHost>
{
    [Fact]
    public async Task A_notification_is_pushed_to_its_member_only_as_it_is_raised()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob", displayName: "Bob");
        var carol = await community.Member("carol");
        var requestId = await alice.Post();
        var carolsRequest = await carol.Post();
        await using var alices = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);
        await using var carols = await GraphQLSocket.Connect(host.BaseAddress, carol.Token!);
        await alices.SubscribeAndListen("inbox", "subscription { myNotifications { id kind text subject subjectId read } }");
        await carols.SubscribeAndListen("inbox", "subscription { myNotifications { id kind subjectId } }");

        (await bob.Volunteer(requestId)).EnsureSuccess();
        var pushed = (await alices.ReceiveData()).GetProperty("myNotifications");
        (await bob.Volunteer(carolsRequest)).EnsureSuccess();
        var carolsFirst = (await carols.ReceiveData()).GetProperty("myNotifications");

        Assert.Equal(("HELP_VOLUNTEER", "HELP_REQUEST", requestId, false), (pushed.GetProperty("kind").GetString(), pushed.GetProperty("subject").GetString(), pushed.GetProperty("subjectId").GetString(), pushed.GetProperty("read").GetBoolean()));
        Assert.Contains("Bob volunteered", pushed.GetProperty("text").GetString());
        Assert.Equal(pushed.GetProperty("id").GetString(), (await alice.Inbox()).Get("notifications.nodes.0.id").GetString());
        Assert.Equal(carolsRequest, carolsFirst.GetProperty("subjectId").GetString());
    }

    [Fact]
    public async Task A_new_comment_is_pushed_to_the_threads_subscribers()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var requestId = await alice.Post();
        await using var socket = await GraphQLSocket.Connect(host.BaseAddress, alice.Token!);
        await socket.SubscribeAndListen("thread", "subscription($id: ID!) { threadComments(subject: HELP_REQUEST, subjectId: $id) { id body author { id } } }", new { id = requestId });

        var commentId = await bob.CommentId(requestId, "I live next door", subject: "HELP_REQUEST");
        var pushed = (await socket.ReceiveData()).GetProperty("threadComments");

        Assert.Equal((commentId, "I live next door", "bob"), (pushed.GetProperty("id").GetString(), pushed.GetProperty("body").GetString(), pushed.GetProperty("author").GetProperty("id").GetString()));
    }
}
