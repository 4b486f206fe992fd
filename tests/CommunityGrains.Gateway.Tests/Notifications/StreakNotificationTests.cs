using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.StudyGroups;

namespace CommunityGrains.Gateway.Tests.Notifications;

[Collection(HostCollection.Name)]
public sealed class StreakNotificationTests(TestHost host)
{
    private const string Paris = "Europe/Paris";

    [Fact]
    public async Task In_the_evening_a_member_with_a_three_day_streak_who_has_not_checked_in_is_told_once()
    {
        var community = await host.NewCommunity(Paris);
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        (await alice.CreateGroup("g")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        (await carol.JoinGroup("g")).EnsureSuccess();
        host.Time.SetUtcNow(host.NextLocal(Paris, new TimeOnly(12, 0)));
        for (var day = 1; day <= 3; day++)
        {
            (await alice.CheckIn("g")).EnsureSuccess();
            (await bob.CheckIn("g")).EnsureSuccess();
            if (day > 1)
            {
                (await carol.CheckIn("g")).EnsureSuccess();
            }

            host.Time.Advance(TimeSpan.FromDays(1));
        }

        (await bob.CheckIn("g")).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromHours(7));
        (await bob.CheckIn("g")).EnsureSuccess();
        var beforeTheEvening = await alice.Kinds();
        host.Time.Advance(TimeSpan.FromHours(1.5));
        (await bob.CheckIn("g")).EnsureSuccess();
        var told = await alice.KindsOnce(1);
        host.Time.Advance(TimeSpan.FromHours(1));
        (await bob.CheckIn("g")).EnsureSuccess();

        Assert.Empty(beforeTheEvening);
        Assert.Equal(["STREAK_AT_RISK"], told);
        var inbox = (await alice.Inbox()).EnsureSuccess();
        Assert.Equal(1, inbox.Get("notifications.totalCount").GetInt32());
        Assert.Contains("3-day check-in streak", inbox.Get("notifications.nodes.0.text").GetString());
        Assert.Equal(("STUDY_GROUP", "g"), (inbox.Get("notifications.nodes.0.subject").GetString(), inbox.Get("notifications.nodes.0.subjectId").GetString()));
        Assert.Empty(await bob.Kinds());
        Assert.Empty(await carol.Kinds());
    }
}
