using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Help;
using CommunityGrains.Grains.Common;

namespace CommunityGrains.Grains.Help;

/// <summary>
/// One request and its lifecycle. Every command persists this grain's state first, then settles the effects that
/// state implies on other grains (index, counter, the helper's points and score), then notifies the author; see
/// <c>HelpRequestGrain.Effects.cs</c>.
/// </summary>
public sealed partial class HelpRequestGrain(
    [PersistentState("helpRequest", StorageNames.Default)] IPersistentState<HelpRequestState> state,
    TimeProvider time) : Grain, IHelpRequestGrain
{
    private HelpRequestState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string RequestId => this.Key().OwnId;
    private HelpStatus Status => S.Status == HelpStatus.Open && time.GetUtcNow() >= S.ExpiresAt ? HelpStatus.Expired : S.Status;

    async Task<HelpRequestView> IHelpRequestGrain.Post(Actor actor, PostHelpRequest post)
    {
        if (S.Posted)
        {
            return S.AuthorId == actor.MemberId
                ? await Settled()
                : throw DomainException.Conflict($"A request with id '{RequestId}' already exists.");
        }

        var author = await Member(actor.MemberId).GetJoined();
        var now = time.GetUtcNow();
        S.Kind = post.Kind;
        S.Title = InputLimits.Title(post.Title, "input.title");
        S.Description = InputLimits.Body(post.Description, "input.description");
        S.Tags = InputLimits.Tags(post.Tags, "input.tags").ToList();
        S.Location = new GeoPoint(
            HelpLimits.Latitude(post.Location.Latitude, "input.location.latitude"),
            HelpLimits.Longitude(post.Location.Longitude, "input.location.longitude"));
        S.ExpiresAt = HelpLimits.ExpiresAt(post.ExpiresAt, now, "input.expiresAt");
        S.Availability = Windows.Views(Availability.Parse(Windows.Raw(post.Availability), "input.availability")).ToList();
        S.AuthorId = actor.MemberId;
        S.AuthorHelperRating = author.HelperRating;
        S.CreatedAt = now;
        S.Status = HelpStatus.Open;
        S.Posted = true;
        S.Announcements.AddRange(HelpAnnouncements.Matched(RequestId, await MatchedAuthors()));
        return await Changed();
    }

    async Task<HelpRequestView?> IHelpRequestGrain.Get() => S.Posted ? await Settled() : null;

    async Task<HelpRequestView> IHelpRequestGrain.Volunteer(Actor actor, string? message)
    {
        RequirePosted();
        if (actor.MemberId == S.AuthorId)
        {
            throw DomainException.BadInput("You cannot volunteer for your own request.");
        }

        if (S.Volunteers.Any(v => v.MemberId == actor.MemberId))
        {
            // A retry: completes the listing a crash may have cut short after our write.
            await ListForVolunteer(actor.MemberId);
            return await Settled();
        }

        RequireStatus(HelpStatus.Open, "to take volunteers");
        var note = InputLimits.Note(message, "message");
        if (S.Volunteers.Count >= HelpLimits.MaxVolunteers)
        {
            throw DomainException.BadInput($"This request already has {HelpLimits.MaxVolunteers} volunteers.");
        }

        var volunteer = await Member(actor.MemberId).GetJoined();
        S.Volunteers.Add(new HelpVolunteer(actor.MemberId, note, time.GetUtcNow()));
        S.Announcements.Add(HelpAnnouncements.Volunteered(RequestId, S.AuthorId, volunteer.DisplayName, actor.MemberId));
        var view = await Changed(notifyAuthor: true);
        await ListForVolunteer(actor.MemberId);
        return view;
    }

    /// <summary>The volunteer's own list (their data export); the list gives a repeated id its place again.</summary>
    private Task ListForVolunteer(string memberId) =>
        GrainFactory.Reference<IMemberListGrain>(MemberLists.Key(CommunityId, memberId, MemberLists.Volunteered)).Append(RequestId);

    Task<IReadOnlyList<HelpVolunteerView>> IHelpRequestGrain.VolunteerDetails(Actor actor)
    {
        RequirePosted();
        var visible = actor.MemberId == S.AuthorId ? S.Volunteers : S.Volunteers.Where(v => v.MemberId == actor.MemberId);
        return Task.FromResult<IReadOnlyList<HelpVolunteerView>>(visible.Select(v => new HelpVolunteerView(v.MemberId, v.Message, v.At)).ToList());
    }

    async Task<HelpRequestView> IHelpRequestGrain.AcceptHelper(Actor actor, string helperId)
    {
        RequireAuthor(actor);
        if (Status == HelpStatus.Matched && S.HelperId == helperId)
        {
            return await Settled();
        }

        RequireStatus(HelpStatus.Open, "to accept a helper");
        if (S.Volunteers.All(v => v.MemberId != helperId))
        {
            throw DomainException.BadInput($"helperId: '{helperId}' has not volunteered for this request.");
        }

        S.HelperId = helperId;
        S.Status = HelpStatus.Matched;
        S.Announcements.Add(HelpAnnouncements.Accepted(RequestId, helperId));
        return await Changed(notifyAuthor: true);
    }

    async Task<HelpRequestView> IHelpRequestGrain.Complete(Actor actor)
    {
        RequireAuthor(actor);
        if (Status == HelpStatus.Completed)
        {
            return await Settled();
        }

        RequireStatus(HelpStatus.Matched, "to be completed");
        S.Status = HelpStatus.Completed;
        S.CompletedAt = time.GetUtcNow();
        S.Announcements.Add(HelpAnnouncements.Completed(RequestId, S.HelperId!, S.CompletedAt.Value));
        return await Changed();
    }

    async Task<HelpRequestView> IHelpRequestGrain.Cancel(Actor actor)
    {
        RequireAuthor(actor);
        if (Status == HelpStatus.Cancelled)
        {
            return await Settled();
        }

        if (Status is not (HelpStatus.Open or HelpStatus.Matched))
        {
            throw DomainException.BadInput($"The request is {Name(Status)}; only an OPEN or MATCHED request can be cancelled.");
        }

        S.Status = HelpStatus.Cancelled;
        return await Changed();
    }

    async Task<HelpRequestView> IHelpRequestGrain.Rate(Actor actor, int stars, string? comment)
    {
        var validStars = HelpLimits.Stars(stars, "input.stars");
        var note = InputLimits.Note(comment, "input.comment");
        RequirePosted();
        var isAuthor = actor.MemberId == S.AuthorId;
        if (!isAuthor && (S.HelperId is null || actor.MemberId != S.HelperId))
        {
            throw DomainException.Forbidden("Only the author and the helper of a request rate each other.");
        }

        RequireStatus(HelpStatus.Completed, "to be rated");
        if (S.Ratings.Any(r => r.FromId == actor.MemberId))
        {
            throw DomainException.Conflict("You have already rated this help.");
        }

        var to = isAuthor ? S.HelperId! : S.AuthorId;
        S.Ratings.Add(new HelpRatingView(actor.MemberId, to, validStars, note, time.GetUtcNow()));
        return await Changed();
    }

    async Task<IReadOnlyList<HelpCandidateView>> IHelpRequestGrain.Matches(Actor actor, double radiusKm, int first)
    {
        RequireAuthor(actor);
        RequireStatus(HelpStatus.Open, "to look for matches");
        var counterpart = S.Kind == HelpKind.Need ? HelpKind.Offer : HelpKind.Need;
        var search = new HelpSearch
        {
            Near = S.Location,
            RadiusKm = HelpLimits.RadiusKm(radiusKm),
            Kind = counterpart,
            Tags = S.Tags,
            First = InputLimits.PageSize(first),
            ExcludeAuthorId = actor.MemberId,
            OnlySharedTags = false,
            Availability = S.Availability,
        };
        return await GrainFactory.Reference<IHelpDirectoryGrain>(CommunityId).Near(search);
    }

    /// <summary>The authors of open requests of the other kind nearby that this new request matches (<see cref="HelpMatchAlert"/>).</summary>
    private async Task<IReadOnlyList<string>> MatchedAuthors()
    {
        var found = await GrainFactory.Reference<IHelpDirectoryGrain>(CommunityId).Near(new HelpSearch
        {
            Near = S.Location,
            RadiusKm = HelpMatchAlert.RadiusKm,
            Kind = HelpMatchAlert.Counterpart(S.Kind),
            Tags = S.Tags,
            First = HelpMatchAlert.Candidates,
            ExcludeAuthorId = S.AuthorId,
            OnlySharedTags = true,
        });
        return HelpMatchAlert.Recipients(found.Select(c => c.AuthorId), S.AuthorId);
    }

    private IMemberGrain Member(string memberId) => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));

    private void RequirePosted()
    {
        if (!S.Posted)
        {
            throw DomainException.NotFound($"Help request '{RequestId}' does not exist.");
        }
    }

    private void RequireAuthor(Actor actor)
    {
        RequirePosted();
        if (actor.MemberId != S.AuthorId)
        {
            throw DomainException.Forbidden("Only the author of the request can do this.");
        }
    }

    private void RequireStatus(HelpStatus required, string what)
    {
        if (Status != required)
        {
            throw DomainException.BadInput($"The request is {Name(Status)}; it must be {Name(required)} {what}.");
        }
    }

    private static string Name(HelpStatus status) => status.ToString().ToUpperInvariant();

    private HelpRequestView View() => new()
    {
        Id = RequestId,
        Kind = S.Kind,
        Title = S.Title,
        Description = S.Description,
        Tags = S.Tags,
        AuthorId = S.AuthorId,
        Area = Geohash.Encode(S.Location.Latitude, S.Location.Longitude, HelpLimits.AreaPrecision),
        Status = Status,
        CreatedAt = S.CreatedAt,
        ExpiresAt = S.ExpiresAt,
        VolunteerIds = S.Volunteers.Select(v => v.MemberId).ToList(),
        HelperId = S.HelperId,
        CompletedAt = S.CompletedAt,
        Ratings = S.Ratings,
        Availability = S.Availability,
    };
}
