using System.Diagnostics;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Feedback;
using CommunityGrains.Domain.Members;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Communities;

public sealed class CommunityGrain(
    [PersistentState("community", StorageNames.Default)] IPersistentState<CommunityState> state,
    TimeProvider time) : Grain, ICommunityGrain
{
    private CommunityState S => state.State;
    private string CommunityId => this.Key().CommunityId;

    // A new activation cannot know the leases its predecessor gave out, so it assumes one was given just now.
    private long _leasesEndAt = Stopwatch.GetTimestamp() + CommunityViews.LeaseTimestampTicks;

    async Task<CommunityView> ICommunityGrain.Create(Actor actor, string name, string timeZone)
    {
        RequireAdminOfThisCommunity(actor);
        var validName = InputLimits.Name(name, "input.name");
        var zone = InputLimits.TimeZone(timeZone, "input.timeZone");
        if (S.Created)
        {
            // Creating again with the same values is a retry and returns the community; anything else is a clash.
            if (S.Name == validName && S.TimeZone == zone.Id)
            {
                return View();
            }

            throw DomainException.Conflict($"Community '{CommunityId}' already exists.");
        }

        S.Created = true;
        S.Name = validName;
        S.TimeZone = zone.Id;
        S.CreatedAt = time.GetUtcNow();
        S.Tiers = TierPolicy.Defaults.Select(ToStored).ToList();
        await state.WriteStateAsync();
        return View();
    }

    async Task<CommunityView> ICommunityGrain.Configure(Actor actor, ConfigureCommunity change)
    {
        RequireAdminOfThisCommunity(actor);
        RequireCreated();
        var name = change.Name is null ? S.Name : InputLimits.Name(change.Name, "input.name");
        var zone = change.TimeZone is null ? S.TimeZone : InputLimits.TimeZone(change.TimeZone, "input.timeZone").Id;
        var rules = change.PointRules is null ? S.PointOverrides : PointRules.Merge(S.PointOverrides, change.PointRules);
        var targetDays = change.FeedbackTargetDays is { } days
            ? InputLimits.Range(days, "input.feedbackTargetDays", 1, CommunityDefaults.MaxFeedbackTargetDays)
            : S.FeedbackTargetDays;
        var language = change.Language is null ? S.Language : CommunityLanguage.Parse(change.Language, "input.language");
        var discussionPoints = change.DiscussionPointsPerDay is { } perDay
            ? InputLimits.Range(perDay, "input.discussionPointsPerDay", 0, DiscussionAllowance.MaxPerDay)
            : S.DiscussionPointsPerDay;
        var daysByPriority = change.FeedbackDaysByPriority is { } byPriority
            ? FeedbackDeadlines.ValidDaysByPriority(byPriority, "input.feedbackTargetDaysByPriority").ToDictionary()
            : S.FeedbackDaysByPriority;
        var atRiskShare = change.FeedbackAtRiskShare is { } share
            ? FeedbackDeadlines.ValidShare(share, "input.feedbackAtRiskShare", oneAllowed: false)
            : S.FeedbackAtRiskShare;
        var resolutionTarget = change.FeedbackResolutionTarget is { } target
            ? FeedbackDeadlines.ValidShare(target, "input.feedbackResolutionTarget", oneAllowed: true)
            : S.FeedbackResolutionTarget;
        var welcomePoints = change.WelcomePoints is { } welcome
            ? InputLimits.Range(welcome, "input.welcomePoints", 0, PointRules.MaxWelcomePoints)
            : S.WelcomePoints;
        var certificateDays = change.CertificateDays is { } certificate ? StreakCalculator.CertificateDays(certificate) : S.CertificateDays;

        S.Name = name;
        S.TimeZone = zone;
        S.PointOverrides = rules;
        S.FeedbackTargetDays = targetDays;
        S.Language = language;
        S.DiscussionPointsPerDay = discussionPoints;
        S.FeedbackDaysByPriority = daysByPriority;
        S.FeedbackAtRiskShare = atRiskShare;
        S.FeedbackResolutionTarget = resolutionTarget;
        S.WelcomePoints = welcomePoints;
        S.CertificateDays = certificateDays;
        await state.WriteStateAsync();
        await WaitOutLeases();
        return View();
    }

    async Task<IReadOnlyList<TierView>> ICommunityGrain.SetTiers(Actor actor, IReadOnlyList<TierInput> tiers)
    {
        RequireAdminOfThisCommunity(actor);
        RequireCreated();
        var valid = TierPolicy.Validate(tiers.Select(t => new TierDefinition(t.Name, t.MinLifetimePoints, t.Perks)).ToList());
        S.Tiers = valid.Select(ToStored).ToList();
        await state.WriteStateAsync();
        await WaitOutLeases();
        return View().Tiers;
    }

    Task<CommunityView?> ICommunityGrain.Get() => Task.FromResult(S.Created ? View() : null);

    Task<CommunityView> ICommunityGrain.GetExisting()
    {
        RequireCreated();
        return Task.FromResult(View());
    }

    Task<CommunityView> ICommunityGrain.Lease()
    {
        RequireCreated();
        _leasesEndAt = Math.Max(_leasesEndAt, Stopwatch.GetTimestamp() + CommunityViews.LeaseTimestampTicks);
        return Task.FromResult(View());
    }

    /// <summary>Until no silo can still hold the view from before our change (see <see cref="CommunityViews"/>): real time, not the injected clock.</summary>
    private async Task WaitOutLeases()
    {
        // Task.Delay counts whole milliseconds on a coarser clock and can end a little before the lease does (a test
        // caught it 1.5 ms early), so the lease's own clock decides when the wait is over.
        for (var remaining = LeaseTimeLeft(); remaining > TimeSpan.Zero; remaining = LeaseTimeLeft())
        {
            await Task.Delay(remaining + TimeSpan.FromMilliseconds(1));
        }
    }

    private TimeSpan LeaseTimeLeft() => Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _leasesEndAt);

    async Task<CommunityStatsView> ICommunityGrain.Stats()
    {
        RequireCreated();
        var lifetimePoints = await Roster.AllLifetimePoints(GrainFactory, CommunityId);
        var tiers = View().TierDefinitions;
        var byTier = tiers.ToDictionary(t => t.Name, _ => 0);
        foreach (var points in lifetimePoints)
        {
            byTier[TierPolicy.TierFor(points, tiers).Name]++;
        }

        return new CommunityStatsView(lifetimePoints.Count, byTier);
    }

    private void RequireAdminOfThisCommunity(Actor actor)
    {
        actor.Require(Role.Admin);
        actor.RequireIn(CommunityId);
    }

    private void RequireCreated()
    {
        if (!S.Created)
        {
            throw DomainException.NotFound($"Community '{CommunityId}' does not exist.");
        }
    }

    private CommunityView View() => new()
    {
        Id = CommunityId,
        Name = S.Name,
        TimeZone = S.TimeZone,
        PointOverrides = S.PointOverrides,
        Tiers = TierView.From(S.Tiers.Select(t => new TierDefinition(t.Name, t.MinLifetimePoints, t.Perks)).ToList()),
        FeedbackTargetDays = S.FeedbackTargetDays,
        CreatedAt = S.CreatedAt,
        Language = S.Language,
        DiscussionPointsPerDay = S.DiscussionPointsPerDay,
        FeedbackDaysByPriority = S.FeedbackDaysByPriority.ToDictionary(),
        FeedbackAtRiskShare = S.FeedbackAtRiskShare,
        FeedbackResolutionTarget = S.FeedbackResolutionTarget,
        WelcomePoints = S.WelcomePoints,
        CertificateDays = S.CertificateDays,
    };

    private static StoredTier ToStored(TierDefinition tier) => new(tier.Name, tier.MinLifetimePoints, tier.Perks.ToList());
}
