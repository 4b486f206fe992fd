using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Help;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Notifications;

[Collection(HostCollection.Name)]
public sealed class HelpNotificationTests(TestHost host)
{
    [Fact]
    public async Task The_author_hears_of_each_volunteer_once_and_the_accepted_helper_is_told()
    {
        var community = await host.NewCommunity();
        var author = await community.Member("author");
        var ana = await community.Member("ana", displayName: "Ana");
        var bo = await community.Member("bo");
        var requestId = await author.Post();

        (await ana.Volunteer(requestId)).EnsureSuccess();
        (await ana.Volunteer(requestId)).EnsureSuccess();
        (await bo.Volunteer(requestId)).EnsureSuccess();
        (await author.Accept(requestId, "ana")).EnsureSuccess();
        (await author.Accept(requestId, "ana")).EnsureSuccess();

        Assert.Equal(["HELP_VOLUNTEER", "HELP_VOLUNTEER"], await author.Kinds());
        var inbox = (await author.Inbox()).EnsureSuccess();
        Assert.Contains("Ana volunteered", inbox.Get("notifications.nodes.1.text").GetString());
        Assert.Equal(("HELP_REQUEST", requestId), (inbox.Get("notifications.nodes.0.subject").GetString(), inbox.Get("notifications.nodes.0.subjectId").GetString()));
        Assert.Equal(["HELP_ACCEPTED"], await ana.Kinds());
        Assert.Empty(await bo.Kinds());
    }

    [Fact]
    public async Task A_new_need_tells_the_authors_of_nearby_offers_that_share_a_tag()
    {
        var community = await host.NewCommunity();
        var near = await community.Member("near");
        var untagged = await community.Member("untagged");
        var otherTag = await community.Member("othertag");
        var far = await community.Member("far");
        var needer = await community.Member("needer");
        await near.Post("OFFER", HelpRequests.At(1), ["moving"], title: "I have a van");
        await near.Post("OFFER", HelpRequests.At(1.5), ["moving", "tools"], title: "And tools");
        await untagged.Post("OFFER", HelpRequests.At(0.5), title: "Anything");
        await otherTag.Post("OFFER", HelpRequests.At(0.5), ["cooking"], title: "I cook");
        await far.Post("OFFER", HelpRequests.At(8), ["moving"], title: "Van, far away");

        var needId = await needer.Post("NEED", HelpRequests.At(0), ["moving"], id: "need-1");
        (await needer.PostRaw("NEED", HelpRequests.At(0), ["moving"], id: "need-1")).EnsureSuccess();

        Assert.Equal(["HELP_MATCH"], await near.Kinds());
        Assert.Equal(needId, (await near.Inbox()).Get("notifications.nodes.0.subjectId").GetString());
        Assert.Empty(await untagged.Kinds());
        Assert.Empty(await otherTag.Kinds());
        Assert.Empty(await far.Kinds());
        Assert.Empty(await needer.Kinds());
    }
}
