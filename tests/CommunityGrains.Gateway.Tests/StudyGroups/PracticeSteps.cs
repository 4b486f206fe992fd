using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.StudyGroups;

/// <summary>The GraphQL of practice tasks and certificates, as reusable steps.</summary>
public static class PracticeSteps
{
    public const string SubmissionFields = "id approved verdictComment body member { id } reviews { rating comment reviewer { id } }";

    public static Task<GraphQLResponse> AddTask(this GraphQLClient client, string groupId, string taskId, string title = "Write 100 words", string description = "About your week, in Spanish.") =>
        client.Send(
            "mutation($g: ID!, $id: ID, $t: String!, $d: String!) { addPracticeTask(groupId: $g, id: $id, title: $t, description: $d) { id title description dueAt submissions { id } } }",
            new { g = groupId, id = taskId, t = title, d = description });

    public static Task<GraphQLResponse> Submit(this GraphQLClient client, string groupId, string taskId, string body) =>
        client.Send(
            $"mutation($g: ID!, $t: ID!, $b: String!) {{ submitPracticeTask(groupId: $g, taskId: $t, body: $b) {{ {SubmissionFields} }} }}",
            new { g = groupId, t = taskId, b = body });

    public static Task<GraphQLResponse> ReviewSubmission(this GraphQLClient client, string groupId, string submissionId, bool approved, string? comment = null) =>
        client.Send(
            $"mutation($g: ID!, $s: ID!, $a: Boolean!, $c: String) {{ reviewPracticeTask(groupId: $g, submissionId: $s, approved: $a, comment: $c) {{ {SubmissionFields} }} }}",
            new { g = groupId, s = submissionId, a = approved, c = comment });

    public static Task<GraphQLResponse> Tasks(this GraphQLClient client, string groupId) =>
        client.Send($"query($g: ID!) {{ studyGroup(id: $g) {{ tasks {{ id title submissions {{ {SubmissionFields} }} }} }} }}", new { g = groupId });

    public static Task<GraphQLResponse> MyCertificates(this GraphQLClient client) =>
        client.Send("{ me { certificates { code kind issuedAt groupName communityName member { id } group { id } } } }");

    public static Task<GraphQLResponse> Verify(this GraphQLClient client, string code) =>
        client.Send("query($c: String!) { verifyCertificate(code: $c) { code kind issuedAt communityName groupName member { id displayName } } }", new { c = code });

    /// <summary>A group "g" whose mentor is "mia", with alice (its creator) and bob as members.</summary>
    public static async Task<(GraphQLClient Mentor, GraphQLClient Alice, GraphQLClient Bob)> PracticeGroup(this TestCommunity community)
    {
        var mentor = await community.Member("mia");
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        (await alice.CreateGroup("g", mentorId: "mia")).EnsureSuccess();
        (await bob.JoinGroup("g")).EnsureSuccess();
        return (mentor, alice, bob);
    }
}
