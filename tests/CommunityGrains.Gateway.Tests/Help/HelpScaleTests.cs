using System.Diagnostics;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Domain.Help;
using CommunityGrains.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CommunityGrains.Gateway.Tests.Help;

[Collection(HostCollection.Name)]
public sealed class HelpScaleTests(TestHost host, ITestOutputHelper output)
{
    private const int CityRequests = 100_000;
    private const double CityHalfWidthKm = 15;

    [Fact]
    public async Task A_three_km_search_in_a_city_of_100000_open_requests_reads_at_most_nine_cells_and_finds_the_right_ones()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var synthetic = SyntheticCity(host.Time.GetUtcNow().AddDays(7));
        var loading = Stopwatch.StartNew();
        await Load(community.Id, synthetic);
        loading.Stop();
        var half = await alice.Post(at: HelpRequests.At(0.5), tags: ["needle"]);
        var two = await alice.Post(at: HelpRequests.At(0, 2.0), tags: ["needle"]);
        await alice.Post(at: HelpRequests.At(4.0), tags: ["needle"]);
        var cityCells = Geohash.CellsCovering(HelpRequests.CentreLatitude, HelpRequests.CentreLongitude, 25, HelpLimits.CellPrecision);
        var before = await Searches(community.Id, cityCells);

        var querying = Stopwatch.StartNew();
        var needles = (await alice.Near(HelpRequests.At(0), radiusKm: 3, tags: ["needle"])).EnsureSuccess();
        querying.Stop();
        var after = await Searches(community.Id, cityCells);

        var touched = cityCells.Count(c => after[c] > before[c]);
        output.WriteLine($"loaded {CityRequests} requests into {synthetic.Select(e => Cell(e.Point)).Distinct().Count()} cells in {loading.ElapsedMilliseconds} ms; query read {touched} cells in {querying.ElapsedMilliseconds} ms");
        Assert.InRange(touched, 1, 9);
        Assert.Equal(touched, cityCells.Sum(c => after[c] - before[c]));
        Assert.Equal([half, two], needles.Get("helpRequestsNear").EnumerateArray().Select(c => c.GetProperty("request").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_best_hundred_in_a_full_city_are_exactly_the_nearest_within_the_radius()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var synthetic = SyntheticCity(host.Time.GetUtcNow().AddDays(7));
        await Load(community.Id, synthetic);
        var centre = HelpRequests.At(0);

        var response = (await alice.Send(
            "query($near: GeoPointInput!) { helpRequestsNear(near: $near, radiusKm: 3, first: 100) { distanceKm score } }",
            new { near = new { latitude = centre.Latitude, longitude = centre.Longitude } })).EnsureSuccess();

        var expected = synthetic
            .Select(e => GeoDistance.Km(centre.Latitude, centre.Longitude, e.Point.Latitude, e.Point.Longitude))
            .Where(km => km <= 3)
            .Order()
            .Take(100)
            .Select(HelpMatchScore.RoundedKm);
        Assert.Equal(expected, response.Get("helpRequestsNear").EnumerateArray().Select(c => c.GetProperty("distanceKm").GetDouble()));
    }

    /// <summary>Uniform over a 30 km square, untagged and by unrated authors, so rank equals distance.</summary>
    private static List<HelpAreaEntry> SyntheticCity(DateTimeOffset expiresAt)
    {
        var random = new Random(42);
        return Enumerable.Range(0, CityRequests)
            .Select(i =>
            {
                var (lat, lon) = HelpRequests.At((random.NextDouble() * 2 - 1) * CityHalfWidthKm, (random.NextDouble() * 2 - 1) * CityHalfWidthKm);
                return new HelpAreaEntry
                {
                    RequestId = $"synthetic-{i}",
                    Kind = i % 2 == 0 ? HelpKind.Need : HelpKind.Offer,
                    Tags = [],
                    Point = new GeoPoint(lat, lon),
                    AuthorId = $"neighbour-{i % 997}",
                    ExpiresAt = expiresAt,
                    AuthorHelperRating = null,
                    Availability = [],
                };
            })
            .ToList();
    }

    /// <summary>Posting 100,000 requests through GraphQL would take minutes; the index is filled directly, one batch per cell.</summary>
    private async Task Load(string communityId, List<HelpAreaEntry> entries)
    {
        foreach (var cells in entries.GroupBy(e => Cell(e.Point)).Chunk(8))
        {
            await Task.WhenAll(cells.Select(cell => Grains.GetGrain<IHelpAreaGrain>(GrainKeys.Of(communityId, cell.Key)).Index(cell.ToList())));
        }
    }

    private async Task<Dictionary<string, long>> Searches(string communityId, IReadOnlyList<string> cells)
    {
        var stats = await Task.WhenAll(cells.Select(c => Grains.GetGrain<IHelpAreaGrain>(GrainKeys.Of(communityId, c)).Stats()));
        return cells.Zip(stats).ToDictionary(p => p.First, p => p.Second.SearchesServed);
    }

    private static string Cell(GeoPoint point) => Geohash.Encode(point.Latitude, point.Longitude, HelpLimits.CellPrecision);

    private IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();
}
