using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

[Collection(HostCollection.Name)]
public sealed class PracticeTaskTests(TestHost host)
{
    [Fact]
    public async Task The_mentor_adds_a_task_and_a_second_submission_replaces_the_body_until_reviewed()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();

        var added = (await mentor.AddTask("g", "t1")).EnsureSuccess();
        (await alice.Submit("g", "t1", "Hola, first try")).EnsureSuccess();
        var replaced = (await alice.Submit("g", "t1", "Hola, second try")).EnsureSuccess();

        Assert.Equal("Write 100 words", added.Get("addPracticeTask.title").GetString());
        Assert.Equal("t1:alice", replaced.Get("submitPracticeTask.id").GetString());
        var tasks = (await alice.Tasks("g")).EnsureSuccess();
        var submission = Assert.Single(tasks.Get("studyGroup.tasks.0.submissions").EnumerateArray());
        Assert.Equal("Hola, second try", submission.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, submission.GetProperty("approved").ValueKind);
    }

    [Fact]
    public async Task Adding_a_task_again_with_its_id_is_a_retry_and_other_content_under_it_a_conflict()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();

        (await mentor.AddTask("g", "t1")).EnsureSuccess();
        (await mentor.AddTask("g", "t1")).EnsureSuccess();
        (await mentor.AddTask("g", "t2", title: "Read a story")).EnsureSuccess();
        (await mentor.AddTask("g", "t1", title: "Something else")).ExpectError(ErrorCodes.Conflict);

        var tasks = (await alice.Tasks("g")).EnsureSuccess().Get("studyGroup.tasks").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(["t2", "t1"], tasks);
    }

    [Fact]
    public async Task A_returned_submission_can_be_sent_again_and_then_approved()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();
        (await mentor.AddTask("g", "t1")).EnsureSuccess();
        (await alice.Submit("g", "t1", "Hola")).EnsureSuccess();

        var returned = (await mentor.ReviewSubmission("g", "t1:alice", approved: false, "Too short")).EnsureSuccess();
        var again = (await alice.Submit("g", "t1", "Hola, me llamo Alice y estudio español.")).EnsureSuccess();
        var approved = (await mentor.ReviewSubmission("g", "t1:alice", approved: true, "Bien")).EnsureSuccess();
        var retried = (await mentor.ReviewSubmission("g", "t1:alice", approved: true, "Bien")).EnsureSuccess();

        Assert.False(returned.Get("reviewPracticeTask.approved").GetBoolean());
        Assert.Equal("Too short", returned.Get("reviewPracticeTask.verdictComment").GetString());
        Assert.Equal(JsonValueKind.Null, again.Get("submitPracticeTask.approved").ValueKind);
        Assert.True(approved.Get("reviewPracticeTask.approved").GetBoolean());
        Assert.True(retried.Get("reviewPracticeTask.approved").GetBoolean());
        (await mentor.ReviewSubmission("g", "t1:alice", approved: false)).ExpectError(ErrorCodes.Conflict);
        (await alice.Submit("g", "t1", "A new body after approval")).ExpectError(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task A_peer_adds_a_review_and_the_verdict_stays_the_mentors()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, bob) = await community.PracticeGroup();
        (await mentor.AddTask("g", "t1")).EnsureSuccess();
        (await alice.Submit("g", "t1", "Hola")).EnsureSuccess();

        (await bob.ReviewSubmission("g", "t1:alice", approved: true, "Nice")).EnsureSuccess();
        var changed = (await bob.ReviewSubmission("g", "t1:alice", approved: false, "Needs verbs")).EnsureSuccess();

        Assert.Equal(JsonValueKind.Null, changed.Get("reviewPracticeTask.approved").ValueKind);
        var review = Assert.Single(changed.Get("reviewPracticeTask.reviews").EnumerateArray());
        Assert.Equal(1, review.GetProperty("rating").GetInt32());
        Assert.Equal("Needs verbs", review.GetProperty("comment").GetString());
        Assert.Equal("bob", review.GetProperty("reviewer").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Nobody_reviews_their_own_submission()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();
        (await mentor.AddTask("g", "t1")).EnsureSuccess();
        (await alice.Submit("g", "t1", "Hola")).EnsureSuccess();

        var message = (await alice.ReviewSubmission("g", "t1:alice", approved: true)).ExpectError(ErrorCodes.Forbidden);

        Assert.StartsWith("submissionId:", message);
        Assert.Empty((await alice.Tasks("g")).EnsureSuccess().Get("studyGroup.tasks.0.submissions.0.reviews").EnumerateArray());
    }

    [Fact]
    public async Task Only_group_members_submit_and_only_the_mentor_or_a_moderator_adds_tasks()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();
        var carol = await community.Member("carol");
        var moderator = await community.Member("mod", Role.Moderator);
        (await mentor.AddTask("g", "t1")).EnsureSuccess();

        (await carol.Submit("g", "t1", "Hola")).ExpectError(ErrorCodes.Forbidden);
        (await alice.AddTask("g", "t2")).ExpectError(ErrorCodes.Forbidden);
        (await moderator.AddTask("g", "t3")).EnsureSuccess();

        var tasks = (await alice.Tasks("g")).EnsureSuccess().Get("studyGroup.tasks").EnumerateArray().ToList();
        Assert.Equal(["t3", "t1"], tasks.Select(t => t.GetProperty("id").GetString()));
        Assert.Empty(tasks[1].GetProperty("submissions").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_task_or_submission_is_not_found()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();
        (await mentor.AddTask("g", "t1")).EnsureSuccess();

        (await alice.Submit("g", "nope", "Hola")).ExpectError(ErrorCodes.NotFound);
        (await mentor.ReviewSubmission("g", "t1:bob", approved: true)).ExpectError(ErrorCodes.NotFound);
        (await mentor.ReviewSubmission("g", "no-separator", approved: true)).ExpectError(ErrorCodes.NotFound);
        (await mentor.AddTask("missing-group", "t1")).ExpectError(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task The_tenth_approval_earns_one_practice_certificate_under_concurrent_approvals_and_retries()
    {
        var community = await host.NewCommunity();
        var (mentor, alice, _) = await community.PracticeGroup();
        var tasks = Enumerable.Range(1, 11).Select(i => $"t{i}").ToList();
        foreach (var task in tasks)
        {
            (await mentor.AddTask("g", task, title: $"Task {task}")).EnsureSuccess();
            (await alice.Submit("g", task, $"Answer to {task}")).EnsureSuccess();
        }

        foreach (var task in tasks.Take(9))
        {
            (await mentor.ReviewSubmission("g", $"{task}:alice", approved: true)).EnsureSuccess();
        }

        (await mentor.ReviewSubmission("g", "t1:alice", approved: true)).EnsureSuccess();
        var afterNine = (await alice.MyCertificates()).EnsureSuccess();

        // The 10th and 11th approvals at once, each sent twice as a client retrying would.
        var approvals = tasks.Skip(9).Concat(tasks.Skip(9)).Select(task => mentor.ReviewSubmission("g", $"{task}:alice", approved: true));
        foreach (var response in await Task.WhenAll(approvals))
        {
            response.EnsureSuccess();
        }

        Assert.Empty(afterNine.Get("me.certificates").EnumerateArray());
        var certificate = Assert.Single((await alice.MyCertificates()).EnsureSuccess().Get("me.certificates").EnumerateArray());
        Assert.Equal("PRACTICE", certificate.GetProperty("kind").GetString());
        Assert.Equal("g", certificate.GetProperty("group").GetProperty("id").GetString());
        Assert.Matches("^CG(-[A-Z2-9]{4}){7}$", certificate.GetProperty("code").GetString());
    }
}
