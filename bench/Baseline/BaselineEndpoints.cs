using System.Security.Claims;

namespace CommunityGrains.Baseline;

public sealed record VoteRequest(string ProposalId, string Choice);

public sealed record CheckInRequest(string GroupId, string? Note);

public sealed record SeedRequest(int Members, int Groups, int GroupSize, int Proposals);

/// <summary>The HTTP surface the bench's <c>--baseline</c> mode drives; the member comes from the bearer token.</summary>
public static class BaselineEndpoints
{
    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/baseline").RequireAuthorization();
        group.MapPost("/seed", async (SeedRequest seed, BaselineStore store) =>
        {
            await store.Seed(seed);
            return Results.Ok(new { seeded = true });
        });
        group.MapPost("/vote", async (VoteRequest vote, ClaimsPrincipal user, BaselineStore store) =>
            await store.Vote(vote.ProposalId, Member(user), vote.Choice) is { } tally ? Results.Ok(tally) : Results.NotFound());
        group.MapPost("/checkin", async (CheckInRequest checkIn, ClaimsPrincipal user, BaselineStore store) =>
            await store.CheckIn(checkIn.GroupId, Member(user), checkIn.Note) is { } row ? Results.Ok(row) : Results.NotFound());
        group.MapGet("/group/{id}", async (string id, BaselineStore store) =>
            await store.Group(id) is { } view ? Results.Ok(view) : Results.NotFound());
        group.MapGet("/proposal/{id}", async (string id, BaselineStore store) =>
            await store.Proposal(id) is { } view ? Results.Ok(view) : Results.NotFound());
        group.MapGet("/me", async (ClaimsPrincipal user, BaselineStore store) =>
            await store.Member(Member(user)) is { } view ? Results.Ok(view) : Results.NotFound());
    }

    private static string Member(ClaimsPrincipal user) =>
        user.FindFirstValue("sub") ?? throw new InvalidOperationException("The token has no subject.");
}
