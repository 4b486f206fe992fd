using System.Globalization;
using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Notifications;
using CommunityGrains.Domain.Notifications;
using CommunityGrains.Grains.Common;
using CommunityGrains.Grains.Communities;

namespace CommunityGrains.Grains.Notifications;

/// <summary>
/// Reentrant with group commit: a member mentioned in a busy thread, or reached by several fan-outs at once, costs a
/// few writes rather than one per notification. New notifications are pushed to <c>myNotifications</c> after their write.
/// </summary>
[Reentrant]
public sealed class MemberInboxGrain : Grain, IMemberInboxGrain
{
    private const string IdPrefix = "n";

    private readonly IPersistentState<MemberInboxState> _state;
    private readonly TimeProvider _time;
    private readonly CommunityViews _communities;
    private readonly GroupCommit _commit;
    private HashSet<string>? _keys;

    public MemberInboxGrain(
        [PersistentState("inbox", StorageNames.Default)] IPersistentState<MemberInboxState> state,
        TimeProvider time,
        CommunityViews communities)
    {
        _state = state;
        _time = time;
        _communities = communities;
        _commit = new GroupCommit(() => _state.WriteStateAsync());
    }

    private MemberInboxState S => _state.State;
    private string CommunityId => this.Key().CommunityId;
    private HashSet<string> Keys => _keys ??= [.. S.Items.Select(i => i.Key), .. S.DroppedKeys];

    async Task<bool> IMemberInboxGrain.Deliver(NotificationDraft draft)
    {
        if (Keys.Contains(draft.Key))
        {
            await _commit.Unchanged();
            return false;
        }

        var language = (await _communities.Existing(CommunityId)).Language;
        if (!Keys.Add(draft.Key))
        {
            // Another delivery of the same cause interleaved during the read above.
            await _commit.Unchanged();
            return false;
        }

        var item = new StoredNotification
        {
            Sequence = S.NextSequence++,
            Key = draft.Key,
            Kind = draft.Kind,
            Text = NotificationTexts.Render(draft.Kind, language, draft.Facts),
            Subject = draft.Subject,
            SubjectId = draft.SubjectId,
            At = _time.GetUtcNow(),
        };
        S.Items.Add(item);
        Trim();
        await _commit.WriteAsync();
        await this.Publish(NotificationTopics.MemberNotifications, this.GetPrimaryKeyString(), View(item));
        return true;
    }

    Task<InboxPage> IMemberInboxGrain.Page(int first, long? beforeSequence, bool unreadOnly) =>
        Task.FromResult(PageOf(first, beforeSequence ?? long.MaxValue, unreadOnly));

    async Task<InboxPage> IMemberInboxGrain.MarkRead(IReadOnlyList<string> ids, bool all, int first)
    {
        var wanted = ids.Select(ParseId).Where(s => s is not null).ToHashSet();
        var changed = false;
        for (var i = 0; i < S.Items.Count; i++)
        {
            var item = S.Items[i];
            if (!item.Read && (all || wanted.Contains(item.Sequence)))
            {
                S.Items[i] = item with { Read = true };
                changed = true;
            }
        }

        if (changed)
        {
            await _commit.WriteAsync();
        }

        return PageOf(first, long.MaxValue, unreadOnly: false);
    }

    private void Trim()
    {
        var excess = S.Items.Count - InboxRules.Kept;
        if (excess <= 0)
        {
            return;
        }

        S.DroppedKeys.AddRange(S.Items.Take(excess).Select(i => i.Key));
        S.Items.RemoveRange(0, excess);
        var forgotten = S.DroppedKeys.Count - InboxRules.RememberedCauses;
        if (forgotten > 0)
        {
            foreach (var key in S.DroppedKeys.Take(forgotten))
            {
                Keys.Remove(key);
            }

            S.DroppedKeys.RemoveRange(0, forgotten);
        }
    }

    private InboxPage PageOf(int first, long beforeSequence, bool unreadOnly)
    {
        var matching = S.Items.Where(i => !unreadOnly || !i.Read).ToList();
        var older = matching.Where(i => i.Sequence < beforeSequence).Reverse().ToList();
        var items = older.Take(first)
            .Select(i => new PageItem<NotificationView>(Domain.Common.Cursor.Encode(NotificationView.CursorKind, i.Sequence), View(i)))
            .ToList();
        return new InboxPage
        {
            Page = new Page<NotificationView>(items, older.Count > first, matching.Count),
            Unread = S.Items.Count(i => !i.Read),
        };
    }

    private static NotificationView View(StoredNotification item) => new()
    {
        Id = IdPrefix + item.Sequence.ToString(CultureInfo.InvariantCulture),
        Kind = item.Kind,
        Text = item.Text,
        Subject = item.Subject,
        SubjectId = item.SubjectId,
        At = item.At,
        Read = item.Read,
    };

    private static long? ParseId(string id) =>
        id.StartsWith(IdPrefix, StringComparison.Ordinal)
        && long.TryParse(id.AsSpan(IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;
}
