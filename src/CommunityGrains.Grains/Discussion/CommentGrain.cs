using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Discussion;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Contracts.Webhooks;
using CommunityGrains.Domain.Common;
using CommunityGrains.Domain.Discussion;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Domain.Webhooks;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;
using CommunityGrains.Grains.Notifications;
using CommunityGrains.Grains.Trends;

namespace CommunityGrains.Grains.Discussion;

/// <summary>
/// A comment is written first, then placed in its thread, awarded and announced; each of those is recorded, and a
/// retried post (the same client id) or the next command completes whatever a crash left out, once.
/// </summary>
public sealed class CommentGrain(
    [PersistentState("comment", StorageNames.Default)] IPersistentState<CommentState> state,
    TimeProvider time,
    CommunityViews communities) : Grain, ICommentGrain
{
    private CommentState S => state.State;
    private string CommunityId => this.Key().CommunityId;
    private string CommentId => this.Key().OwnId;

    async Task<CommentView> ICommentGrain.Post(Actor actor, PostComment post)
    {
        actor.RequireIn(CommunityId);
        if (S.Exists)
        {
            if (S.AuthorId != actor.MemberId || S.Thread != post.Thread)
            {
                throw DomainException.Conflict($"Comment '{CommentId}' already exists.");
            }

            await CompleteEffects();
            return View(actor);
        }

        var body = InputLimits.Body(post.Body, "input.body");
        await SubjectAccess.RequireVisible(GrainFactory, actor, post.Thread);
        var author = await Member(actor.MemberId).GetJoined();
        string? repliedAuthor = null;
        if (post.ReplyToId is { } replyTo)
        {
            repliedAuthor = await ReplyTarget(InputLimits.Id(replyTo, "input.replyToId"), post.Thread);
        }

        var mentioned = await Existing(Mentions.In(body).Where(m => m != actor.MemberId));
        var now = time.GetUtcNow();
        S.Exists = true;
        S.Thread = post.Thread;
        S.AuthorId = actor.MemberId;
        S.Body = body;
        S.MentionIds = mentioned;
        S.ReplyToId = post.ReplyToId;
        S.CreatedAt = now;
        AnnounceMentions(author.DisplayName, mentioned);
        if (repliedAuthor is not null && repliedAuthor != actor.MemberId)
        {
            S.Announcements.Add(Announcement.To(repliedAuthor, Draft($"reply:{CommentId}", NotificationKind.CommentReply, author.DisplayName)));
        }

        S.Announcements.Add(Announcement.Hook(new WebhookEventDraft
        {
            Id = $"comment-posted:{CommentId}",
            Event = WebhookEvent.CommentPosted,
            At = now,
            Data = new Dictionary<string, string>
            {
                ["commentId"] = CommentId,
                ["subject"] = EnumNames.Constant(post.Thread.Subject),
                ["subjectId"] = post.Thread.SubjectId,
            },
        }));
        await state.WriteStateAsync();
        await CompleteEffects();
        return View(actor);
    }

    async Task<CommentView> ICommentGrain.Edit(Actor actor, string body)
    {
        await RequireExisting(actor);
        if (S.AuthorId != actor.MemberId)
        {
            throw DomainException.Forbidden("Only the author can edit a comment.");
        }

        var text = InputLimits.Body(body, "body");
        var now = time.GetUtcNow();
        if (!CommentRules.MayEdit(S.CreatedAt, now))
        {
            throw DomainException.Forbidden($"A comment can be edited for {CommentRules.EditWindow.TotalMinutes:0} minutes after it was posted.");
        }

        if (text != S.Body)
        {
            var mentioned = await Existing(Mentions.In(text).Where(m => m != actor.MemberId));
            var author = await Member(actor.MemberId).GetJoined();
            AnnounceMentions(author.DisplayName, mentioned.Except(S.MentionIds).ToList());
            S.Body = text;
            S.MentionIds = mentioned;
            S.EditedAt = now;
            await state.WriteStateAsync();
            await CompleteEffects();
            await PublishChange();
        }

        return View(actor);
    }

    async Task<CommentView> ICommentGrain.Hide(Actor actor, string reason)
    {
        await RequireExisting(actor);
        actor.Require(Role.Moderator);
        var why = InputLimits.Text(reason, "reason", 1, CommentRules.MaxReasonLength);
        if (!S.Hidden)
        {
            S.Hidden = true;
            S.HiddenReason = why;
            S.ThreadKnowsHidden = false;
            S.Announcements.Add(Announcement.To(S.AuthorId, new NotificationDraft
            {
                Key = $"hidden:{CommentId}",
                Kind = NotificationKind.CommentHidden,
                Subject = S.Thread!.Subject,
                SubjectId = S.Thread.SubjectId,
                Facts = new Dictionary<string, string> { ["reason"] = why },
            }));
            await state.WriteStateAsync();
            await CompleteEffects();
            await PublishChange();
        }

        return View(actor);
    }

    async Task<CommentView> ICommentGrain.ToggleReaction(Actor actor, string emoji)
    {
        var reaction = Reactions.Check(emoji, "emoji");
        await RequireExisting(actor);
        await SubjectAccess.RequireVisible(GrainFactory, actor, S.Thread!);
        var members = S.Reactions.TryGetValue(reaction, out var known) ? known : S.Reactions[reaction] = [];
        if (!members.Remove(actor.MemberId))
        {
            members.Add(actor.MemberId);
        }

        if (members.Count == 0)
        {
            S.Reactions.Remove(reaction);
        }

        await state.WriteStateAsync();
        await PublishChange();
        return View(actor);
    }

    Task<CommentView?> ICommentGrain.Get(Actor actor) =>
        Task.FromResult(S.Exists && actor.CommunityId == CommunityId ? View(actor) : null);

    Task<CommentPlace?> ICommentGrain.Place() =>
        Task.FromResult(S.Exists ? new CommentPlace { Thread = S.Thread!, AuthorId = S.AuthorId, IsReply = S.ReplyToId is not null } : null);

    /// <summary>
    /// Place, the author's list, the day's count, points, notifications and webhooks, each once; the caller has written the comment. They go to different
    /// grains and none needs another's answer, so they are sent together: a post waits for the slowest of them, not for
    /// their sum (comment-hot wrote them one after the other).
    /// </summary>
    private async Task CompleteEffects()
    {
        var published = S.Sequence is not null;
        var done = await Task.WhenAll(Place(), ListForAuthor(), CountForTrends(), DecidePoints(), TellThreadHidden(), Announce());
        if (done.Any(d => d))
        {
            await state.WriteStateAsync();
        }

        if (!published)
        {
            await PublishChange();
        }
    }

    private async Task<bool> Place()
    {
        if (S.Sequence is not null)
        {
            return false;
        }

        var sequence = await Thread.Append(CommentId);
        await GrainFactory.Reference<IThreadPageGrain>(ThreadPages.KeyOf(S.Thread!.ThreadKey(CommunityId), sequence)).Put(sequence, CommentId);
        S.Sequence = sequence;
        return true;
    }

    private async Task<bool> ListForAuthor()
    {
        if (S.AuthorListed)
        {
            return false;
        }

        await GrainFactory.Reference<IMemberListGrain>(MemberLists.Key(CommunityId, S.AuthorId, MemberLists.Comments)).Append(CommentId);
        S.AuthorListed = true;
        return true;
    }

    /// <summary>On the community day of the stored instant, so a retry after midnight counts on the day posted.</summary>
    private async Task<bool> CountForTrends()
    {
        if (S.CountedInTrends)
        {
            return false;
        }

        var community = await communities.Existing(CommunityId);
        await TrendsGrain.Bucket(GrainFactory, CommunityId, CommunityCalendar.For(community.TimeZone).DateOf(S.CreatedAt), CommentId).CommentPosted(CommentId);
        S.CountedInTrends = true;
        return true;
    }

    private async Task<bool> DecidePoints()
    {
        if (S.PointsDecided)
        {
            return false;
        }

        await GrainFactory.Reference<IMemberDiscussionGrain>(GrainKeys.Of(CommunityId, S.AuthorId)).Commented(S.Thread!, CommentId, S.CreatedAt);
        S.PointsDecided = true;
        return true;
    }

    private async Task<bool> TellThreadHidden()
    {
        if (S.ThreadKnowsHidden)
        {
            return false;
        }

        await Thread.CommentHidden(CommentId);
        S.ThreadKnowsHidden = true;
        return true;
    }

    private async Task<bool> Announce()
    {
        if (S.Announcements.Count == 0)
        {
            return false;
        }

        await Announcer.Send(GrainFactory, CommunityId, S.Announcements);
        return true;
    }

    /// <summary>Subscribers get what every reader may see: a hidden comment's body is empty.</summary>
    private Task PublishChange() =>
        this.Publish(NotificationTopics.ThreadComments, S.Thread!.ThreadKey(CommunityId), View(reader: null));

    private async Task<string> ReplyTarget(string replyToId, SubjectRef thread)
    {
        var place = await GrainFactory.Reference<ICommentGrain>(GrainKeys.Of(CommunityId, replyToId)).Place();
        if (place is null)
        {
            throw DomainException.BadInput($"input.replyToId: comment '{replyToId}' does not exist.");
        }

        if (place.Thread != thread)
        {
            throw DomainException.BadInput("input.replyToId: the comment belongs to another thread.");
        }

        if (place.IsReply)
        {
            throw DomainException.BadInput("input.replyToId: replies are one level deep; reply to the comment it answers.");
        }

        return place.AuthorId;
    }

    /// <summary>Mentions of members who have not joined are ignored.</summary>
    private async Task<List<string>> Existing(IEnumerable<string> memberIds)
    {
        var candidates = memberIds.Where(IsValidId).ToList();
        var members = await Task.WhenAll(candidates.Select(m => Member(m).Get()));
        return candidates.Where((_, i) => members[i] is not null).ToList();
    }

    private static bool IsValidId(string id)
    {
        try
        {
            InputLimits.Id(id, "mention");
            return true;
        }
        catch (InvalidInputException)
        {
            return false;
        }
    }

    private void AnnounceMentions(string byName, IReadOnlyList<string> mentioned)
    {
        foreach (var member in mentioned)
        {
            S.Announcements.Add(Announcement.To(member, Draft($"mention:{CommentId}:{member}", NotificationKind.Mention, byName)));
        }
    }

    private NotificationDraft Draft(string key, NotificationKind kind, string byName) => new()
    {
        Key = key,
        Kind = kind,
        Subject = S.Thread!.Subject,
        SubjectId = S.Thread.SubjectId,
        Facts = new Dictionary<string, string> { ["by"] = byName, ["excerpt"] = NotificationTexts.Excerpt(S.Body) },
    };

    private IThreadGrain Thread => GrainFactory.Reference<IThreadGrain>(S.Thread!.ThreadKey(CommunityId));

    private IMemberGrain Member(string memberId) => GrainFactory.Reference<IMemberGrain>(GrainKeys.Of(CommunityId, memberId));

    private CommentView View(Actor? reader)
    {
        var seesHidden = reader is not null && (reader.MemberId == S.AuthorId || reader.IsAtLeast(Role.Moderator));
        return new CommentView
        {
            Id = CommentId,
            Thread = S.Thread!,
            AuthorId = S.AuthorId,
            Body = S.Hidden && !seesHidden ? "" : S.Body,
            MentionIds = S.MentionIds.ToList(),
            ReplyToId = S.ReplyToId,
            CreatedAt = S.CreatedAt,
            EditedAt = S.EditedAt,
            Hidden = S.Hidden,
            Reactions = Reactions.Allowed
                .Where(S.Reactions.ContainsKey)
                .Select(e => new ReactionCountView { Emoji = e, Count = S.Reactions[e].Count, ReactedByMe = reader is not null && S.Reactions[e].Contains(reader.MemberId) })
                .ToList(),
        };
    }

    private async Task RequireExisting(Actor actor)
    {
        actor.RequireIn(CommunityId);
        if (!S.Exists)
        {
            throw DomainException.NotFound($"Comment '{CommentId}' does not exist.");
        }

        await CompleteEffects();
    }
}
