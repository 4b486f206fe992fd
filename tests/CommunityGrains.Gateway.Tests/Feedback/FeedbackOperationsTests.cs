using CommunityGrains.Contracts.Common;
using CommunityGrains.Gateway.Tests.Discussion;
using CommunityGrains.Gateway.Tests.Infrastructure;

namespace CommunityGrains.Gateway.Tests.Feedback;

/// <summary>
/// Issue 22 over GraphQL against a silo on a SQLite file: intake on a caller's behalf, due dates by priority and risk,
/// history, the queue, duplicates, proposals, follow-up and the report. The clock only moves forward, so every test
/// reads its own instants from the answers.
/// </summary>
public sealed class FeedbackOperationsTests(SqliteTestHost host) : IClassFixture<SqliteTestHost>
{
    [Fact]
    public async Task A_hotline_call_typed_in_by_staff_belongs_to_the_caller_who_earns_the_points()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var modPoints = await mod.Points();

        var entered = (await mod.SubmitOps(new { channel = "HOTLINE", body = "The lift at the station is broken again.", type = "COMPLAINT", contact = "+33 6 12 34 56 78", onBehalfOf = "alice" }))
            .EnsureSuccess();
        var id = entered.Get("submitFeedback.id").GetString()!;

        var asAlice = (await alice.ReadOps(id)).EnsureSuccess();
        var asMod = (await mod.ReadOps(id)).EnsureSuccess();
        Assert.Equal("alice", asAlice.Get("feedback.author.id").GetString());
        Assert.Equal("COMPLAINT", asAlice.Get("feedback.type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asAlice.Get("feedback.enteredBy").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asAlice.Get("feedback.contact").ValueKind);
        Assert.Equal("mo", asMod.Get("feedback.enteredBy.id").GetString());
        Assert.Equal("+33 6 12 34 56 78", asMod.Get("feedback.contact").GetString());
        Assert.Equal(5, await alice.Points());
        Assert.Equal(modPoints, await mod.Points());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await (await community.Member("bob")).ReadOps(id)).EnsureSuccess().Get("feedback").ValueKind);
    }

    [Fact]
    public async Task Intake_on_behalf_is_refused_to_members_and_for_strangers_and_stores_nothing()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);

        var byMember = await alice.SubmitOps(new { id = "f-1", channel = "APP", body = "Typed for someone else.", onBehalfOf = "mo" });
        var forStranger = await mod.SubmitOps(new { id = "f-2", channel = "HOTLINE", body = "A caller who never joined.", onBehalfOf = "nobody" });
        var forNoOneNamed = await mod.SubmitOps(new { id = "f-4", channel = "HOTLINE", body = "Nobody, but not anonymous.", onBehalfOf = (string?)null });
        var longContact = await mod.SubmitOps(new { id = "f-3", channel = "HOTLINE", body = "Too much contact.", contact = new string('9', 201), onBehalfOf = "alice" });

        Assert.Contains("input.onBehalfOf", byMember.ExpectError("FORBIDDEN"), StringComparison.Ordinal);
        Assert.Contains("input.onBehalfOf", forStranger.ExpectError("NOT_FOUND"), StringComparison.Ordinal);
        Assert.Contains("input.onBehalfOf", forNoOneNamed.ExpectError("BAD_USER_INPUT"), StringComparison.Ordinal);
        Assert.Contains("input.contact", longContact.ExpectError("BAD_USER_INPUT"), StringComparison.Ordinal);
        Assert.Equal(0, (await mod.Queue()).EnsureSuccess().Get("feedbackQueue.totalCount").GetInt32());
        Assert.Equal(0, await alice.Points());
    }

    [Fact]
    public async Task An_anonymous_item_typed_in_for_no_one_earns_no_one_anything()
    {
        var community = await host.NewCommunity();
        var mod = await community.Member("mo", Role.Moderator);
        var before = await mod.Points();

        var item = (await mod.SubmitOps(new { channel = "HOTLINE", body = "A caller who gave no name.", anonymous = true, onBehalfOf = (string?)null })).EnsureSuccess();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.Get("submitFeedback.author").ValueKind);
        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(before, await mod.Points());
    }

    [Fact]
    public async Task Triage_sets_the_due_date_by_priority_and_the_assignee_and_moderator_are_told_once_when_at_risk_and_overdue()
    {
        var community = await host.NewCommunity();
        var settings = (await community.Admin.Configure(new { feedbackTargetDaysByPriority = new[] { new { priority = "URGENT", days = 3 }, new { priority = "HIGH", days = 7 } } })).EnsureSuccess();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var helper = await community.Member("hana");
        var id = await alice.SubmitOpsId(new { channel = "APP", body = "Water is leaking into the hall." });

        var triaged = (await mod.TriageOps(new { feedbackId = id, category = "BUG", priority = "URGENT", assigneeId = "hana" })).EnsureSuccess();
        var created = (await mod.ReadOps(id)).EnsureSuccess().Get("feedback.history").EnumerateArray().Count();
        var submittedAt = DateTimeOffset.Parse((await alice.Send($"query {{ feedback(id: \"{id}\") {{ createdAt }} }}")).EnsureSuccess().Get("feedback.createdAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(2, settings.Get("configureCommunity.feedbackTargetDaysByPriority").GetArrayLength());
        Assert.Equal(submittedAt.AddDays(3), triaged.Get("triageFeedback.dueAt").GetDateTimeOffset());
        Assert.Equal("ON_TRACK", triaged.Get("triageFeedback.risk").GetString());
        Assert.Equal(1, created);

        host.Time.Advance(TimeSpan.FromDays(2.5));
        Assert.Equal("AT_RISK", (await mod.ReadOps(id)).EnsureSuccess().Get("feedback.risk").GetString());
        Assert.Equal("AT_RISK", (await helper.ReadOps(id)).EnsureSuccess().Get("feedback.risk").GetString());
        Assert.Equal(["FEEDBACK_AT_RISK"], await Kinds(helper, "FEEDBACK_AT"));
        Assert.Equal(["FEEDBACK_AT_RISK"], await Kinds(mod, "FEEDBACK_AT"));

        host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("OVERDUE", (await mod.ReadOps(id)).EnsureSuccess().Get("feedback.risk").GetString());
        (await mod.ReadOps(id)).EnsureSuccess();
        Assert.Equal(["FEEDBACK_OVERDUE", "FEEDBACK_AT_RISK"], await Kinds(helper, "FEEDBACK_"));
        Assert.Equal(["FEEDBACK_OVERDUE", "FEEDBACK_AT_RISK"], await Kinds(mod, "FEEDBACK_"));
    }

    [Fact]
    public async Task A_moderator_can_set_the_due_date_but_not_before_submission()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitOpsId(new { channel = "APP", body = "Please fix the bench in the park." });
        var createdAt = (await mod.Send($"query {{ feedback(id: \"{id}\") {{ createdAt }} }}")).EnsureSuccess().Get("feedback.createdAt").GetDateTimeOffset();

        var early = await mod.TriageOps(new { feedbackId = id, category = "OTHER", priority = "LOW", dueAt = createdAt.AddHours(-1) });
        var set = (await mod.TriageOps(new { feedbackId = id, category = "OTHER", priority = "LOW", dueAt = createdAt.AddDays(2) })).EnsureSuccess();

        Assert.Contains("input.dueAt", early.ExpectError("BAD_USER_INPUT"), StringComparison.Ordinal);
        Assert.Equal(createdAt.AddDays(2), set.Get("triageFeedback.dueAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("{ feedbackTargetDaysByPriority: [{ priority: URGENT, days: 0 }] }", "input.feedbackTargetDaysByPriority")]
    [InlineData("{ feedbackTargetDaysByPriority: [{ priority: HIGH, days: 366 }] }", "input.feedbackTargetDaysByPriority")]
    [InlineData("{ feedbackAtRiskShare: 1.0 }", "input.feedbackAtRiskShare")]
    [InlineData("{ feedbackAtRiskShare: 0 }", "input.feedbackAtRiskShare")]
    [InlineData("{ feedbackResolutionTarget: 1.5 }", "input.feedbackResolutionTarget")]
    public async Task Settings_out_of_range_are_refused_naming_the_field_and_change_nothing(string input, string field)
    {
        var community = await host.NewCommunity();

        var refused = await community.Admin.Send($"mutation {{ configureCommunity(input: {input}) {{ id }} }}");
        var after = (await community.Admin.Send("{ community { feedbackTargetDaysByPriority { days } feedbackAtRiskShare feedbackResolutionTarget } }")).EnsureSuccess();

        Assert.Contains(field, refused.ExpectError("BAD_USER_INPUT"), StringComparison.Ordinal);
        Assert.Equal(0, after.Get("community.feedbackTargetDaysByPriority").GetArrayLength());
        Assert.Equal(0.8, after.Get("community.feedbackAtRiskShare").GetDouble());
        Assert.Equal(0.7, after.Get("community.feedbackResolutionTarget").GetDouble());
    }

    [Fact]
    public async Task History_keeps_every_reply_note_and_status_and_the_author_never_sees_notes()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitOpsId(new { channel = "APP", body = "The app logs me out every hour." });

        var triage = (await mod.TriageOps(new { feedbackId = id, category = "BUG", priority = "HIGH" })).EnsureSuccess();
        (await mod.Note(id, "Reproduced on Android 14.")).EnsureSuccess();
        (await mod.Reply(id, "We found the cause.")).EnsureSuccess();
        (await mod.Reply(id, "A fix ships on Friday.")).EnsureSuccess();
        var staff = (await mod.ReadOps(id)).EnsureSuccess();
        var author = (await alice.ReadOps(id)).EnsureSuccess();

        Assert.Equal(
            ["STATUS:TRIAGED", "NOTE:Reproduced on Android 14.", "REPLY:We found the cause.", "STATUS:IN_PROGRESS", "REPLY:A fix ships on Friday."],
            Entries(staff));
        Assert.Equal(["STATUS:TRIAGED", "REPLY:We found the cause.", "STATUS:IN_PROGRESS", "REPLY:A fix ships on Friday."], Entries(author));
        Assert.Equal("A fix ships on Friday.", author.Get("feedback.reply").GetString());
        Assert.Equal(triage.Get("triageFeedback.history.0.at").GetString(), author.Get("feedback.firstResponseAt").GetString());
        Assert.Equal("FORBIDDEN", (await alice.Note(id, "Let me add a note.")).ErrorCodes.Single());
    }

    [Fact]
    public async Task An_assignee_who_is_not_a_moderator_sees_their_queue_and_filters_and_sorts_page_with_cursors()
    {
        var community = await host.NewCommunity();
        (await community.Admin.Configure(new { feedbackTargetDaysByPriority = new[] { new { priority = "URGENT", days = 2 } } })).EnsureSuccess();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var hana = await community.Member("hana");
        var low = await alice.SubmitOpsId(new { channel = "EMAIL", body = "Could the newsletter come monthly?", type = "SUGGESTION" });
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var urgent = await alice.SubmitOpsId(new { channel = "HOTLINE", body = "Gas smell near block C.", type = "COMPLAINT" });
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var question = await alice.SubmitOpsId(new { channel = "FORM", body = "When does the pool open?", type = "INQUIRY" });
        (await mod.TriageOps(new { feedbackId = low, category = "OTHER", priority = "LOW", assigneeId = "hana" })).EnsureSuccess();
        (await mod.TriageOps(new { feedbackId = urgent, category = "SERVICE", priority = "URGENT", assigneeId = "hana" })).EnsureSuccess();

        var mine = (await hana.Queue("assignedToMe: true, sort: PRIORITY")).EnsureSuccess();
        var notMine = (await hana.Queue()).EnsureSuccess();
        var oldest = (await mod.Queue("sort: OLDEST", first: 2)).EnsureSuccess();
        var rest = (await mod.Queue("sort: OLDEST", after: oldest.Get("feedbackQueue.pageInfo.endCursor").GetString(), first: 2)).EnsureSuccess();
        var due = (await mod.Queue("sort: DUE_SOONEST")).Ids("feedbackQueue");
        var hotline = (await mod.Queue("channel: HOTLINE")).Ids("feedbackQueue");
        var inquiries = (await mod.Queue("type: INQUIRY")).Ids("feedbackQueue");
        var untriaged = (await mod.Queue("status: NEW")).Ids("feedbackQueue");
        var wrongSort = await mod.Queue("sort: NEWEST", after: oldest.Get("feedbackQueue.pageInfo.endCursor").GetString());

        Assert.Equal([urgent, low], mine.Ids("feedbackQueue"));
        Assert.Equal(2, mine.Get("feedbackQueue.totalCount").GetInt32());
        Assert.Equal(0, notMine.Get("feedbackQueue.totalCount").GetInt32());
        Assert.Equal([low, urgent], oldest.Ids("feedbackQueue"));
        Assert.True(oldest.Get("feedbackQueue.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal([question], rest.Ids("feedbackQueue"));
        Assert.False(rest.Get("feedbackQueue.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(urgent, due[0]);
        Assert.Equal([urgent], hotline);
        Assert.Equal([question], inquiries);
        Assert.Equal([question], untriaged);
        Assert.Contains("after", wrongSort.ExpectError("BAD_USER_INPUT"), StringComparison.Ordinal);

        host.Time.Advance(TimeSpan.FromDays(2.1));
        Assert.Equal([urgent], (await hana.Queue("assignedToMe: true, risk: OVERDUE")).Ids("feedbackQueue"));
    }

    [Fact]
    public async Task Merging_adds_up_reporters_closes_the_duplicate_and_tells_its_author_when_the_original_is_resolved()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var carol = await community.Member("carol");
        var mod = await community.Member("mo", Role.Moderator);
        var original = await alice.SubmitOpsId(new { channel = "APP", body = "Street lights on Rue Verte are out." });
        var duplicate = await bob.SubmitOpsId(new { channel = "EMAIL", body = "The street lights in Rue Verte do not work." });
        var other = await carol.SubmitOpsId(new { channel = "APP", body = "Another one." });

        var merged = (await mod.Merge(original, duplicate)).EnsureSuccess();
        var again = (await mod.Merge(original, duplicate)).EnsureSuccess();
        var dup = (await mod.ReadOps(duplicate)).EnsureSuccess();
        var self = await mod.Merge(original, original);
        var intoMerged = await mod.Merge(duplicate, other);
        var mergedTwice = await mod.Merge(other, duplicate);
        var missing = await mod.Merge(original, "no-such-item");
        var byMember = await alice.Merge(original, other);

        Assert.Equal(2, merged.Get("mergeFeedback.reporters").GetInt32());
        Assert.Equal(2, again.Get("mergeFeedback.reporters").GetInt32());
        Assert.Equal(duplicate, merged.Get("mergeFeedback.duplicates.0.id").GetString());
        Assert.Equal(("CLOSED", original), (dup.Get("feedback.status").GetString(), dup.Get("feedback.duplicateOf.id").GetString()));
        Assert.Contains("duplicateId", self.ExpectError("BAD_USER_INPUT"), StringComparison.Ordinal);
        intoMerged.ExpectError("CONFLICT");
        mergedTwice.ExpectError("CONFLICT");
        missing.ExpectError("NOT_FOUND");
        byMember.ExpectError("FORBIDDEN");
        Assert.Equal("NEW", (await mod.ReadOps(other)).EnsureSuccess().Get("feedback.status").GetString());

        (await mod.Resolve(original)).EnsureSuccess();
        Assert.Contains("FEEDBACK_RESOLVED", await Kinds(bob, "FEEDBACK_RESOLVED"));
    }

    [Fact]
    public async Task Me_too_counts_each_member_once()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitOpsId(new { channel = "APP", body = "More bike racks at the station, please." });
        (await mod.Resolve(id)).EnsureSuccess();

        var first = (await bob.MeToo(id)).EnsureSuccess();
        var second = (await bob.MeToo(id)).EnsureSuccess();
        var own = (await alice.MeToo(id)).EnsureSuccess();
        var hidden = await bob.MeToo(await alice.SubmitOpsId(new { channel = "APP", body = "Private." }));

        Assert.Equal((2, 2, 2), (first.Get("reportSameFeedback.reporters").GetInt32(), second.Get("reportSameFeedback.reporters").GetInt32(), own.Get("reportSameFeedback.reporters").GetInt32()));
        hidden.ExpectError("NOT_FOUND");
    }

    [Fact]
    public async Task Similar_open_items_are_suggested_in_English_and_Chinese()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var english = await alice.SubmitOpsId(new { channel = "APP", body = "The playground swing is broken." });
        var englishToo = await alice.SubmitOpsId(new { channel = "APP", body = "Playground swing broken since Monday" });
        var chinese = await alice.SubmitOpsId(new { channel = "APP", body = "小区停车场的路灯坏了" });
        var chineseToo = await alice.SubmitOpsId(new { channel = "APP", body = "停车场的路灯坏了好几天" });
        await alice.SubmitOpsId(new { channel = "APP", body = "Thank you for the concert!" });

        var similar = (await mod.Send($"{{ a: feedback(id: \"{english}\") {{ similar {{ id }} }} b: feedback(id: \"{chinese}\") {{ similar {{ id }} }} }}")).EnsureSuccess();
        var asMember = (await alice.Send($"{{ feedback(id: \"{english}\") {{ similar {{ id }} }} }}")).EnsureSuccess();

        Assert.Equal([englishToo], similar.Get("a.similar").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList());
        Assert.Equal([chineseToo], similar.Get("b.similar").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList());
        Assert.Equal(0, asMember.Get("feedback.similar").GetArrayLength());
    }

    [Fact]
    public async Task A_linked_proposal_shows_the_evidence_and_how_many_reported_it()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitOpsId(new { channel = "APP", body = "We need a crossing at the school." });
        (await bob.Send("mutation { saveProposalDraft(input: { id: \"crossing\", title: \"A school crossing\", body: \"Paint a crossing.\" }) { id } }")).EnsureSuccess();
        (await bob.Send("mutation { submitProposal(proposalId: \"crossing\") { id } }")).EnsureSuccess();
        (await mod.Resolve(id)).EnsureSuccess();
        (await bob.MeToo(id)).EnsureSuccess();

        var linked = (await mod.Send($"mutation {{ linkFeedbackToProposal(feedbackId: \"{id}\", proposalId: \"crossing\") {{ proposal {{ id }} }} }}")).EnsureSuccess();
        var proposal = (await bob.Send("{ proposal(id: \"crossing\") { evidence { id } evidenceReporters } }")).EnsureSuccess();
        var missing = await mod.Send($"mutation {{ linkFeedbackToProposal(feedbackId: \"{id}\", proposalId: \"nope\") {{ id }} }}");

        Assert.Equal("crossing", linked.Get("linkFeedbackToProposal.proposal.id").GetString());
        Assert.Equal(id, proposal.Get("proposal.evidence.0.id").GetString());
        Assert.Equal(2, proposal.Get("proposal.evidenceReporters").GetInt32());
        missing.ExpectError("NOT_FOUND");
    }

    [Fact]
    public async Task The_report_counts_by_channel_category_and_type_measures_first_response_and_classifier_agreement()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var crash = await alice.SubmitOpsId(new { channel = "APP", body = "The app crashes when I open the map.", type = "COMPLAINT" });
        var hotline = await mod.SubmitOpsId(new { channel = "HOTLINE", body = "Caller asks about opening hours of the library.", type = "INQUIRY", onBehalfOf = "alice" });
        await alice.SubmitOpsId(new { channel = "APP", body = "Lovely festival!", type = "PRAISE" });
        var suggested = (await mod.Send($"query {{ feedback(id: \"{crash}\") {{ suggestedCategory }} }}")).EnsureSuccess().Get("feedback.suggestedCategory").GetString()!;
        var hotlineSuggested = (await mod.Send($"query {{ feedback(id: \"{hotline}\") {{ suggestedCategory }} }}")).EnsureSuccess().Get("feedback.suggestedCategory").GetString()!;
        var otherThanSuggested = hotlineSuggested == "OTHER" ? "FEATURE" : "OTHER";
        host.Time.Advance(TimeSpan.FromHours(2));
        (await mod.TriageOps(new { feedbackId = crash, category = suggested, priority = "HIGH" })).EnsureSuccess();
        host.Time.Advance(TimeSpan.FromHours(2));
        (await mod.TriageOps(new { feedbackId = hotline, category = otherThanSuggested, priority = "LOW" })).EnsureSuccess();

        var report = (await mod.Send("{ feedbackReport { submitted byChannel { channel count } byType { type count } daily { day count } medianFirstResponseHours resolutionTarget classificationAgreement corrections { id } atRisk overdue } }")).EnsureSuccess();
        var byMember = await alice.Send("{ feedbackReport { submitted } }");

        Assert.Equal(3, report.Get("feedbackReport.submitted").GetInt32());
        Assert.Equal([("APP", 2), ("HOTLINE", 1)], Pairs(report, "feedbackReport.byChannel", "channel"));
        Assert.Equal([("COMPLAINT", 1), ("INQUIRY", 1), ("PRAISE", 1)], Pairs(report, "feedbackReport.byType", "type"));
        Assert.Equal(3, report.Get("feedbackReport.daily").EnumerateArray().Sum(d => d.GetProperty("count").GetInt32()));
        Assert.Equal(3, report.Get("feedbackReport.medianFirstResponseHours").GetDouble(), 3);
        Assert.Equal(0.7, report.Get("feedbackReport.resolutionTarget").GetDouble());
        Assert.Equal(0.5, report.Get("feedbackReport.classificationAgreement").GetDouble());
        Assert.Equal(hotline, report.Get("feedbackReport.corrections.0.id").GetString());
        Assert.Equal(1, report.Get("feedbackReport.corrections").GetArrayLength());
        byMember.ExpectError("FORBIDDEN");
        Assert.StartsWith("to:", (await mod.Send("{ feedbackReport(to: \"0001-01-01T00:00:00Z\") { submitted } }")).ExpectError("BAD_USER_INPUT"));
        Assert.StartsWith("from:", (await mod.Send("{ feedbackReport(from: \"2026-12-01T00:00:00Z\", to: \"2026-11-01T00:00:00Z\") { submitted } }")).ExpectError("BAD_USER_INPUT"));
    }

    [Fact]
    public async Task Resolution_sends_the_author_a_one_question_follow_up_survey()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var mod = await community.Member("mo", Role.Moderator);
        var id = await alice.SubmitOpsId(new { channel = "APP", body = "The door code does not work." });

        var resolved = (await mod.Resolve(id)).EnsureSuccess();
        var item = (await alice.ReadOps(id)).EnsureSuccess();
        var surveys = (await alice.Send("{ mySurveys { id } }")).EnsureSuccess();
        var answered = await alice.Send("mutation($id: ID!) { answerSurvey(input: { surveyId: $id, answers: [{ questionId: \"1\", score: 5 }] }) { answeredByMe } }", new { id = item.Get("feedback.followUp.id").GetString() });

        Assert.Equal("RESOLVED", resolved.Get("resolveFeedback.status").GetString());
        Assert.Equal("RATING", item.Get("feedback.followUp.questions.0.kind").GetString());
        Assert.Equal(1, item.Get("feedback.followUp.questions").GetArrayLength());
        Assert.Contains(item.Get("feedback.followUp.id").GetString(), surveys.Get("mySurveys").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.True(answered.EnsureSuccess().Get("answerSurvey.answeredByMe").GetBoolean());
    }

    [Fact]
    public async Task No_one_can_tie_an_anonymous_item_to_its_author_from_the_ledger_the_board_or_any_timestamp()
    {
        var community = await host.NewCommunity();
        var alice = await community.Member("alice");
        var bob = await community.Member("bob");
        var mod = await community.Member("mo", Role.Moderator);
        var submitted = (await alice.SubmitOps(new { channel = "APP", body = "The caretaker is rude to tenants.", anonymous = true })).EnsureSuccess();
        var id = submitted.Get("submitFeedback.id").GetString()!;
        var createdAt = DateTimeOffset.Parse((await mod.Send($"query {{ feedback(id: \"{id}\") {{ createdAt }} }}")).EnsureSuccess().Get("feedback.createdAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var byOtherMember = await bob.Send("{ member(id: \"alice\") { pointsHistory { totalCount } } }");
        var ledgerOnTheDay = await Ledger(mod);
        var pointsOnTheDay = await alice.Points();
        var asModerator = (await mod.ReadOps(id)).EnsureSuccess();
        var asAuthor = (await alice.ReadOps(id)).EnsureSuccess();
        (await mod.Resolve(id)).EnsureSuccess();
        var board = (await bob.Board()).EnsureSuccess();

        byOtherMember.ExpectError("FORBIDDEN");
        Assert.DoesNotContain(ledgerOnTheDay, e => e.Action == "FEEDBACK_SUBMITTED");
        Assert.Equal(0, pointsOnTheDay);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asModerator.Get("feedback.author").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asAuthor.Get("feedback").ValueKind);
        Assert.Equal(id, board.Get("feedbackBoard.nodes.0.id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, board.Get("feedbackBoard.nodes.0.author").ValueKind);

        host.Time.Advance(TimeSpan.FromDays(1));
        var credited = (await Ledger(mod)).Where(e => e.Action == "FEEDBACK_SUBMITTED").ToList();
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var local = TimeZoneInfo.ConvertTime(createdAt, paris);
        var startOfDay = new DateTimeOffset(local.Date, paris.GetUtcOffset(local.Date)).ToUniversalTime();

        var entry = Assert.Single(credited);
        Assert.Equal(startOfDay, entry.At);
        Assert.DoesNotContain(id, entry.Reason, StringComparison.Ordinal);
        Assert.Equal(5, await alice.Points());
        Assert.Equal(5, await alice.Points());
    }

    private static async Task<List<(string Action, string Reason, DateTimeOffset At)>> Ledger(GraphQLClient moderator) =>
        (await moderator.Send("{ member(id: \"alice\") { pointsHistory(first: 50) { nodes { action reason at } } } }")).EnsureSuccess()
            .Get("member.pointsHistory.nodes").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("reason").GetString()!, e.GetProperty("at").GetDateTimeOffset()))
            .ToList();

    private static List<string> Entries(GraphQLResponse response) =>
        response.Get("feedback.history").EnumerateArray().Select(e => e.GetProperty("kind").GetString() + ":" + e.GetProperty("text").GetString()).ToList();

    private static List<(string, int)> Pairs(GraphQLResponse response, string path, string key) =>
        response.Get(path).EnumerateArray().Select(e => (e.GetProperty(key).GetString()!, e.GetProperty("count").GetInt32())).ToList();

    private static async Task<List<string>> Kinds(GraphQLClient client, string prefix) =>
        (await client.Inbox(first: 50)).EnsureSuccess().Get("notifications.nodes").EnumerateArray()
            .Select(n => n.GetProperty("kind").GetString()!)
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k is "FEEDBACK_AT_RISK" or "FEEDBACK_OVERDUE" or "FEEDBACK_RESOLVED")
            .ToList();
}
