using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Feedback;
using CommunityGrains.Gateway.Tests.Infrastructure;
using CommunityGrains.Gateway.Tests.StudyGroups;

namespace CommunityGrains.Gateway.Tests.Communities;

/// <summary>
/// Days and months in the community's zone at the edges: Pacific/Kiritimati (UTC+14, the first to enter a day) and
/// America/St_Johns (a half-hour offset that falls back on 1 November 2026, a day of 25 hours), across the end of
/// October and that DST change, on the real grains with the host's fake clock. A member checks in twice a day, a
/// minute either side of each local midnight and in the repeated hour; every local day must count exactly once.
/// </summary>
public sealed class TimeZoneEdgeTests(TimeZoneEdgeHost host) : IClassFixture<TimeZoneEdgeHost>
{
    private const string Kiritimati = "Pacific/Kiritimati";
    private const string StJohns = "America/St_Johns";
    private const string SelectStar = "mutation($month: String!) { selectStarOfTheMonth(input: { category: LEARNER, month: $month, memberId: \"ana\", citation: \"Every day\" }) { month member { id } } }";

    private const int TargetDays = 3;

    private static readonly DateTimeOffset From = TimeZoneEdgeHost.Begin;
    private static readonly DateTimeOffset Until = new(2026, 11, 3, 12, 0, 0, TimeSpan.Zero);

    /// <summary>St John's goes from 02:00 NDT (04:30 UTC) back to 01:00 NST: 01:30 happens twice, the day has 25 hours.</summary>
    private static readonly DateTimeOffset FallBack = new(2026, 11, 1, 4, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Check_ins_boards_stars_and_due_dates_count_every_local_day_once_across_a_month_end_and_a_DST_change()
    {
        var zones = new[] { Kiritimati, StJohns };
        var places = new Dictionary<string, Place>();
        foreach (var zone in zones)
        {
            var community = await host.NewCommunity(zone);
            var ana = await community.Member("ana");
            (await ana.CreateGroup("g")).EnsureSuccess();
            (await community.Admin.Send($"mutation {{ configureCommunity(input: {{ feedbackTargetDays: {TargetDays} }}) {{ id }} }}")).EnsureSuccess();
            var item = (await ana.Submit("The projector flickers.")).EnsureSuccess();
            places[zone] = new Place(ana, await community.Member("mo", Role.Moderator), TimeZoneInfo.FindSystemTimeZoneById(zone))
            {
                FeedbackId = item.Get("submitFeedback.id").GetString()!,
                DueAt = item.Get("submitFeedback.dueAt").GetDateTimeOffset(),
            };
        }

        var instants = Enumerable.Range(0, (int)(Until - From).TotalHours / 12 + 1).Select(i => From.AddHours(12 * i))
            .Concat(zones.SelectMany(zone => Midnights(places[zone].Zone)))
            .Concat([FallBack.AddMinutes(-30), FallBack.AddMinutes(30)])
            .Concat(places.Values.SelectMany(place => new[] { place.DueAt.AddSeconds(-1), place.DueAt.AddSeconds(1) }))
            .Where(t => t >= From && t <= Until)
            .Distinct()
            .Order()
            .ToList();
        var octoberEndedInKiritimati = false;
        foreach (var instant in instants)
        {
            host.Time.SetUtcNow(instant);
            foreach (var place in places.Values)
            {
                (await place.Ana.CheckIn("g")).EnsureSuccess();
                place.Days.Add(place.LocalDate(instant));
            }

            // Kiritimati has left October hours before St John's: its star can be chosen, St John's not yet.
            if (!octoberEndedInKiritimati && places[Kiritimati].LocalDate(instant).Month == 11 && places[StJohns].LocalDate(instant).Month == 10)
            {
                octoberEndedInKiritimati = true;
                Assert.Equal("ana", (await places[Kiritimati].Moderator.Send(SelectStar, new { month = "2026-10" })).EnsureSuccess().Get("selectStarOfTheMonth.member.id").GetString());
                Assert.Contains("has not ended", (await places[StJohns].Moderator.Send(SelectStar, new { month = "2026-10" })).ExpectError(ErrorCodes.BadUserInput));
            }

            if (instant == FallBack.AddMinutes(30))
            {
                // 01:30 NDT and, an hour later, 01:30 NST are one day: one check-in, counted today.
                Assert.Equal(1, (await places[StJohns].Ana.Send("{ community { stats { checkInsToday } } }")).EnsureSuccess().Get("community.stats.checkInsToday").GetInt32());
            }

            foreach (var place in places.Values.Where(place => instant == place.DueAt.AddSeconds(-1) || instant == place.DueAt.AddSeconds(1)))
            {
                // Due on the third local day after submission, and overdue from that instant, not an hour off.
                Assert.Equal(instant > place.DueAt, (await place.Moderator.Read(place.FeedbackId)).EnsureSuccess().Get("feedback.overdue").GetBoolean());
            }
        }

        Assert.True(octoberEndedInKiritimati);
        (await places[StJohns].Moderator.Send(SelectStar, new { month = "2026-10" })).EnsureSuccess();
        foreach (var (zone, place) in places)
        {
            var days = place.Days.Order().ToList();
            Assert.Equal(days.Count, days[^1].DayNumber - days[0].DayNumber + 1);
            var group = (await place.Ana.Send("{ studyGroup(id: \"g\") { memberStreaks { member { id } current longest lastCheckIn } } }")).EnsureSuccess();
            var streak = group.Get("studyGroup.memberStreaks").EnumerateArray().Single(s => s.GetProperty("member").GetProperty("id").GetString() == "ana");
            Assert.True(
                (days.Count, days.Count, Iso(days[^1])) == (streak.GetProperty("current").GetInt32(), streak.GetProperty("longest").GetInt32(), streak.GetProperty("lastCheckIn").GetString()),
                $"{zone}: {days.Count} local days {Iso(days[0])}..{Iso(days[^1])}, but the streak says {streak}");

            foreach (var day in days)
            {
                var listed = (await place.Ana.Send("query($d: Date) { studyGroup(id: \"g\") { checkIns(date: $d) { date member { id } } } }", new { d = Iso(day) }))
                    .EnsureSuccess().Get("studyGroup.checkIns").EnumerateArray().ToList();
                Assert.True(listed.Count == 1 && listed[0].GetProperty("date").GetString() == Iso(day), $"{zone} {Iso(day)}: {listed.Count} check-ins listed");
            }

            foreach (var month in days.GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            {
                var board = (await place.Ana.Send("query($m: String) { leaderboard(category: LEARNER, month: $m) { entries { member { id } score } } }", new { m = month.Key }))
                    .EnsureSuccess().Get("leaderboard.entries").EnumerateArray().Single();
                Assert.True(month.Count() == board.GetProperty("score").GetDouble(), $"{zone} {month.Key}: {month.Count()} local days, LEARNER board says {board}");
            }
        }

        Assert.All(places.Values, place => Assert.Equal(place.LocalDate(From).AddDays(TargetDays), place.LocalDate(place.DueAt)));
    }

    /// <summary>A minute before and after each local midnight of the period.</summary>
    private static IEnumerable<DateTimeOffset> Midnights(TimeZoneInfo zone)
    {
        for (var day = DateOnly.FromDateTime(From.UtcDateTime).AddDays(-1); day <= DateOnly.FromDateTime(Until.UtcDateTime).AddDays(1); day = day.AddDays(1))
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            var utc = new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
            yield return utc.AddMinutes(-1);
            yield return utc.AddMinutes(1);
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Place(GraphQLClient Ana, GraphQLClient Moderator, TimeZoneInfo Zone)
    {
        public HashSet<DateOnly> Days { get; } = [];

        public required string FeedbackId { get; init; }

        public required DateTimeOffset DueAt { get; init; }

        public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
    }
}
