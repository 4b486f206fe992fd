using System.Text.Json;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGrains.Gateway.Tests.Security;

/// <summary>
/// Every mutation and the hostile query arguments, each with invalid input: refused with BAD_USER_INPUT naming the
/// field, nothing stored changes, and the service still answers.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HostileInputTests(TestHost host)
{
    public static TheoryData<string> MutationCases => new(HostileCases.Mutations.Select(c => c.Name));

    public static TheoryData<string> QueryCases => new(HostileCases.Queries.Select(c => c.Name));

    [Fact]
    public void Every_mutation_in_the_schema_has_a_hostile_case()
    {
        var mutations = host.Services.GetRequiredService<ISchema>().Mutation!.Fields.Select(f => f.Name);

        var uncovered = mutations.Except(HostileCases.Mutations.Select(c => c.Operation)).Order().ToList();

        Assert.True(uncovered.Count == 0, "Mutations without a hostile-input case in HostileCases: " + string.Join(", ", uncovered));
    }

    [Theory]
    [MemberData(nameof(MutationCases))]
    public Task Invalid_mutation_input_is_refused_naming_the_field_and_changes_nothing(string name) =>
        Attack(HostileCases.Mutations.Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(QueryCases))]
    public Task Invalid_query_arguments_are_refused_naming_the_field(string name) =>
        Attack(HostileCases.Queries.Single(c => c.Name == name));

    [Fact]
    public async Task Chinese_and_emoji_round_trip_unchanged_through_create_and_read()
    {
        var community = await host.NewCommunity("Asia/Shanghai");
        const string name = "小明 🌸";
        const string group = "汉语学习小组 📚✨";
        const string goal = "每天读一篇文章 👩‍👩‍👧‍👦";
        const string body = "应用很慢，请改进 🐢🙏 — «ok»";
        var member = await community.Member("xiaoming", displayName: name);

        (await member.Send("mutation($n: String!, $g: String!) { createStudyGroup(input: { id: \"zh\", name: $n, goal: $g }) { id } }", new { n = group, g = goal })).EnsureSuccess();
        var feedbackId = (await member.Send("mutation($b: String!) { submitFeedback(input: { channel: APP, body: $b }) { id } }", new { b = body }))
            .EnsureSuccess().Get("submitFeedback.id").GetString();

        var read = (await member.Send("query($f: ID!) { me { displayName } studyGroup(id: \"zh\") { name goal } feedback(id: $f) { body } }", new { f = feedbackId })).EnsureSuccess();
        Assert.Equal(name, read.Get("me.displayName").GetString());
        Assert.Equal(group, read.Get("studyGroup.name").GetString());
        Assert.Equal(goal, read.Get("studyGroup.goal").GetString());
        Assert.Equal(body, read.Get("feedback.body").GetString());
    }

    [Fact]
    public async Task A_name_of_80_Chinese_characters_or_emoji_is_within_the_limit()
    {
        var community = await host.NewCommunity();
        var emoji80 = string.Concat(Enumerable.Repeat("🌸", 80));
        var member = await community.Member("florist", displayName: emoji80);

        Assert.Equal(emoji80, (await member.Send("{ me { displayName } }")).EnsureSuccess().Get("me.displayName").GetString());
    }

    private async Task Attack(HostileCase attack)
    {
        var world = await HostileWorld.Create(host);
        var before = await world.Snapshot();

        var response = await attack.Sender(world).Send(attack.Document, Variables(attack, world));

        var message = response.ExpectError(ErrorCodes.BadUserInput);
        Assert.Contains(attack.Field, message, StringComparison.Ordinal);
        Assert.Equal(before, await world.Snapshot());
        (await world.Founder.Send("{ community { id } }")).ExpectError(ErrorCodes.NotFound);
        (await world.Alice.Send("{ me { id } }")).EnsureSuccess();
    }

    /// <summary>The case's variables with the world's own ids filled in.</summary>
    private static JsonElement Variables(HostileCase attack, HostileWorld world)
    {
        var json = JsonSerializer.Serialize(attack.Variables)
            .Replace("\"$unborn\"", JsonSerializer.Serialize(world.UnbornCommunityId), StringComparison.Ordinal)
            .Replace("\"$checkIn\"", JsonSerializer.Serialize(world.CheckInId), StringComparison.Ordinal);
        return JsonDocument.Parse(json).RootElement.Clone();
    }
}
