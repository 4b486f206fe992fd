using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Help;

[Collection(HostCollection.Name)]
public sealed class HelpPrivacyTests(TestHost host)
{
    private const double Latitude = 48.8566123;
    private const double Longitude = 2.3522456;

    [Fact]
    public async Task No_response_of_the_whole_flow_contains_the_exact_coordinates()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var responses = new List<GraphQLResponse>();
        var need = (await Record(responses, alice.PostRaw("NEED", (Latitude, Longitude), ["moving"]))).Get("postHelpRequest.id").GetString()!;
        var offer = (await Record(responses, bob.PostRaw("OFFER", (Latitude + 0.001, Longitude), ["moving"]))).Get("postHelpRequest.id").GetString()!;

        await Record(responses, bob.Near((Latitude, Longitude)));
        await Record(responses, alice.Matches(need));
        await Record(responses, bob.Matches(offer));
        await Record(responses, bob.Read(need));
        await Record(responses, bob.Volunteer(need));
        await Record(responses, alice.Accept(need, "bob"));
        await Record(responses, alice.Complete(need));
        await Record(responses, alice.Rate(need, 5));
        await Record(responses, bob.Rate(need, 5));
        responses.Add(await bob.Send("query($id: ID!) { helpRequest(id: $id) { area author { id } } }", new { id = need }));
        responses.Add(await alice.PostRaw("NEED", (Latitude + 100, Longitude)));

        Assert.Equal("u09tvw", (await alice.Read(need)).Get("helpRequest.area").GetString());
        Assert.All(responses, r =>
        {
            Assert.DoesNotContain("48.8566", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("2.3522", r.Body, StringComparison.Ordinal);
        });
    }

    private static async Task<GraphQLResponse> Record(List<GraphQLResponse> responses, Task<GraphQLResponse> call)
    {
        var response = (await call).EnsureSuccess();
        responses.Add(response);
        return response;
    }
}
