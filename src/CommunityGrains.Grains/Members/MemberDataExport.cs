using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Help;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Polls;
using CommunityGrains.Domain.Common;

namespace CommunityGrains.Grains.Members;

/// <summary>
/// The sections of a member's data export that other capabilities hold, each read from the member's own lists, page
/// by page, and through the member's own eyes (an actor with the MEMBER role: a moderator's export holds their data,
/// never staff-only details of the community's).
/// </summary>
internal sealed class MemberDataExport(IGrainFactory grains, Actor member)
{
    private const int PageSize = 100;

    private readonly Actor _self = member with { Role = Role.Member };

    private string CommunityId => _self.CommunityId;

    /// <summary>Every comment posted, oldest first, hidden ones included with their text (the author sees it).</summary>
    public async Task<IReadOnlyList<object>> Comments()
    {
        var views = await Read(MemberLists.Comments, id => grains.Reference<ICommentGrain>(GrainKeys.Of(CommunityId, id)).Get(_self));
        return views.OfType<CommentView>().Select(c => (object)new
        {
            id = c.Id,
            subject = EnumNames.Constant(c.Thread.Subject),
            subjectId = c.Thread.SubjectId,
            body = c.Body,
            replyToId = c.ReplyToId,
            createdAt = c.CreatedAt,
            editedAt = c.EditedAt,
            hidden = c.Hidden,
        }).ToList();
    }

    /// <summary>
    /// The items given under the member's name (by them, or typed in for them by staff), oldest first, as the member
    /// sees them. Anonymous items are absent: the item keeps its author only for the points and reports it nowhere.
    /// </summary>
    public async Task<IReadOnlyList<object>> Feedback()
    {
        var views = await Read(MemberLists.Feedback, id => grains.Reference<IFeedbackGrain>(GrainKeys.Of(CommunityId, id)).Get(_self));
        return views.OfType<FeedbackView>().Select(f => (object)new
        {
            id = f.Id,
            channel = EnumNames.Constant(f.Channel),
            type = f.Kind is { } kind ? EnumNames.Constant(kind) : null,
            body = f.Body,
            status = EnumNames.Constant(f.Status),
            createdAt = f.CreatedAt,
            reply = f.Reply,
            resolution = f.Resolution,
            resolvedAt = f.ResolvedAt,
            eventId = f.EventId,
            contact = f.Contact,
        }).ToList();
    }

    /// <summary>The requests the member volunteered for, oldest first, with their own message and whether they helped.</summary>
    public async Task<IReadOnlyList<object>> Volunteered()
    {
        var entries = await Read<object?>(MemberLists.Volunteered, async id =>
        {
            var request = grains.Reference<IHelpRequestGrain>(GrainKeys.Of(CommunityId, id));
            if (await request.Get() is not { } view)
            {
                return null;
            }

            var mine = (await request.VolunteerDetails(_self)).FirstOrDefault();
            var helped = view.HelperId == _self.MemberId;
            return (object)new
            {
                requestId = view.Id,
                title = view.Title,
                status = EnumNames.Constant(view.Status),
                message = mine?.Message,
                volunteeredAt = mine?.At,
                helped,
                completedAt = helped ? view.CompletedAt : null,
            };
        });
        return entries.OfType<object>().ToList();
    }

    /// <summary>The member's own requests as <c>myHelpRequests</c> keeps them, newest first, with both-way ratings.</summary>
    public async Task<IReadOnlyList<object>> HelpRequests()
    {
        var list = grains.Reference<IMemberHelpRequestsGrain>(GrainKeys.Of(CommunityId, _self.MemberId));
        var requests = new List<object>();
        string? after = null;
        Page<HelpRequestView> page;
        do
        {
            page = await list.List(PageSize, after, null);
            requests.AddRange(page.Items.Select(i => i.Node).Select(r => new
            {
                id = r.Id,
                kind = EnumNames.Constant(r.Kind),
                title = r.Title,
                description = r.Description,
                tags = r.Tags,
                status = EnumNames.Constant(r.Status),
                createdAt = r.CreatedAt,
                expiresAt = r.ExpiresAt,
                helperId = r.HelperId,
                completedAt = r.CompletedAt,
                ratings = r.Ratings.Select(x => new { fromId = x.FromId, toId = x.ToId, stars = x.Stars, comment = x.Comment, at = x.At }),
            }));
            after = page.Items.Count == 0 ? null : page.Items[^1].Cursor;
        }
        while (page.HasNextPage && after is not null);

        return requests;
    }

    /// <summary>The member's registrations (the events <c>myEvents</c> keeps) and their ballots in those events' polls.</summary>
    public async Task<IReadOnlyList<object>> Events()
    {
        var eventIds = await grains.Reference<IMemberEventsGrain>(GrainKeys.Of(CommunityId, _self.MemberId)).EventIds();
        return await Task.WhenAll(eventIds.Select(Event));
    }

    /// <summary>Reads the member's list page by page and each entry once (an id listed twice is read once).</summary>
    private async Task<IReadOnlyList<T>> Read<T>(string list, Func<string, Task<T>> read)
    {
        var grain = grains.Reference<IMemberListGrain>(MemberLists.Key(CommunityId, _self.MemberId, list));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<T>();
        var after = 0L;
        IReadOnlyList<KeyValuePair<long, string>> ids;
        do
        {
            ids = await grain.After(after, PageSize);
            entries.AddRange(await Task.WhenAll(ids.Select(p => p.Value).Where(seen.Add).Select(read)));
            after = ids.Count == 0 ? after : ids[^1].Key;
        }
        while (ids.Count == PageSize);

        return entries;
    }

    private async Task<object> Event(string eventId)
    {
        var grain = grains.Reference<IEventGrain>(GrainKeys.Of(CommunityId, eventId));
        var registration = await grain.RegistrationOf(_self);
        var view = await grain.Get(_self);
        var ballots = await Task.WhenAll((view?.PollIds ?? []).Select(Ballot));
        return new
        {
            eventId,
            title = view?.Title,
            startsAt = view?.StartsAt,
            registration = registration is null ? null : new
            {
                status = EnumNames.Constant(registration.Status),
                registeredAt = registration.RegisteredAt,
                attendedAt = registration.AttendedAt,
            },
            pollVotes = ballots.OfType<object>(),
        };
    }

    private async Task<object?> Ballot(string pollId)
    {
        var poll = grains.Reference<IPollGrain>(GrainKeys.Of(CommunityId, pollId));
        if (await poll.ChoiceOf(_self) is not { } optionId)
        {
            return null;
        }

        var view = await poll.Get(_self);
        return new
        {
            pollId,
            question = view?.Question,
            optionId,
            label = view?.Options.FirstOrDefault(o => o.Id == optionId)?.Label,
        };
    }
}
