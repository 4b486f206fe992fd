using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Events;
using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.Proposals;
using CommunityGrains.Contracts.Surveys;
using CommunityGrains.Gateway.Events;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Proposals;
using CommunityGrains.Gateway.Schema;
using CommunityGrains.Gateway.Surveys;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackType : ObjectGraphType<FeedbackView>
{
    public FeedbackType()
    {
        Name = "Feedback";
        Description = "A piece of feedback from a member, and how it was handled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the item.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<FeedbackChannelType>>("channel").Description("Where it came in.").Resolve(c => c.Source.Channel);
        Field(x => x.Body).Description("The feedback text.");
        Field<MemberType>("author")
            .Description("Null for anonymous feedback, for everyone.")
            .ResolveAsync(async c => await c.MemberOrNull(c.Source.AuthorId));
        Field<NonNullGraphType<FeedbackCategoryType>>("suggestedCategory")
            .Description("What the system guessed from the text, before a person triaged it.")
            .Resolve(c => c.Source.SuggestedCategory);
        Field<FeedbackCategoryType>("category").Description("The category a moderator decided; null before triage.").Resolve(c => c.Source.Category);
        Field<FeedbackPriorityType>("priority").Description("The priority a moderator decided; null before triage.").Resolve(c => c.Source.Priority);
        Field<MemberType>("assignee").Description("Who handles it; null when no one is assigned.").ResolveAsync(async c => await c.MemberOrNull(c.Source.AssigneeId));
        Field<NonNullGraphType<FeedbackStatusType>>("status").Description("Where the item is in its handling.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("createdAt").Description("When it was submitted.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("dueAt")
            .Description("createdAt + the days the community allows for the item's priority (feedbackTargetDaysByPriority, else feedbackTargetDays, default 30), set again at triage unless a moderator set it.")
            .Resolve(c => c.Source.DueAt);
        Field(x => x.Overdue).Description("Not yet RESOLVED or CLOSED, and past dueAt.");
        Field(x => x.Reply, nullable: true).Description("The latest reply to the author; null before the first. Every reply is in history.");
        Field(x => x.Resolution, nullable: true).Description("What was changed; null before it is resolved.");
        Field<UtcDateTimeGraphType>("resolvedAt").Description("When it was resolved; null before.").Resolve(c => c.Source.ResolvedAt);
        Field(x => x.Public).Description("Resolved and shown on the public board.");
        Field(x => x.CloseReason, nullable: true).Description("Why a moderator closed the item without resolving it.");
        Field<EventType>("event")
            .Description("The event the item was collected at.")
            .ResolveAsync(async c => c.Source.EventId is { } id ? await c.Grain<IEventGrain>(id).Get(c.Actor()) : null);
        Field<FeedbackKindType>("type").Description("SUGGESTION, COMPLAINT, INQUIRY or PRAISE; null when nobody said.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("contact")
            .Description("How to reach the person who gave it (a phone number from a hotline call...). Private: moderators and the assignee only, null for everyone else.")
            .Resolve(c => c.Source.Contact);
        Field<MemberType>("enteredBy")
            .Description("MODERATOR: who typed it in on someone's behalf; null for others and for items members submitted themselves.")
            .ResolveAsync(async c => await c.MemberOrNull(c.Source.EnteredById));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackEntryType>>>>("history")
            .Description("Every reply, internal note and status change, oldest first (replaces the single reply field, which stays as the latest reply). Notes are shown to moderators and the assignee only.")
            .Resolve(c => c.Source.History);
        Field<UtcDateTimeGraphType>("firstResponseAt").Description("The first reply or triage, whichever came first; null before.").Resolve(c => c.Source.FirstResponseAt);
        Field<NonNullGraphType<FeedbackRiskType>>("risk").Description("How the item stands against dueAt, computed when read.").Resolve(c => c.Source.Risk);
        Field<FeedbackType>("duplicateOf")
            .Description("Set when a moderator merged this item into another: the item that carries on.")
            .ResolveAsync(async c => c.Source.DuplicateOfId is { } id ? await c.Grain<IFeedbackGrain>(id).Get(c.Actor()) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackType>>>>("duplicates")
            .Description("Items merged into this one (those the viewer may see); their authors are told when this one is resolved.")
            .ResolveAsync(async c => (await Task.WhenAll(c.Source.DuplicateIds.Select(id => c.Grain<IFeedbackGrain>(id).Get(c.Actor())))).OfType<FeedbackView>().ToList());
        Field<NonNullGraphType<IntGraphType>>("reporters")
            .Description("How many members reported the same thing (1 + merged duplicates + 'me too's), each counted once.")
            .Resolve(c => c.Source.Reporters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackType>>>>("similar")
            .Description("Possible duplicates among open items, best first (text similarity by character trigrams), for a moderator to confirm; empty for others.")
            .Argument<IntGraphType>("first", "How many, 1..20.", a => a.DefaultValue = 5)
            .ResolveAsync(async c => await c.Grains().Reference<IFeedbackListingGrain>(c.Actor().CommunityId).Similar(c.Actor(), c.Source.Id, c.GetArgument<int>("first")));
        Field<ProposalType>("proposal")
            .Description("The proposal this feedback led to.")
            .ResolveAsync(async c => c.Source.ProposalId is { } id ? await c.Grain<IProposalGrain>(id).Get(c.Actor()) : null);
        Field<SurveyType>("followUp")
            .Description("The follow-up survey sent to the author after resolution ('did this fix it?', RATING 1-5), if any; shown to those who may see the survey.")
            .ResolveAsync(async c => c.Source.FollowUpSurveyId is { } id ? await c.Grain<ISurveyGrain>(id).Get(c.Actor()) : null);
        Field<NonNullGraphType<Discussion.ThreadType>>("thread").Description("The discussion thread of this item.").Resolve(c => Contracts.Discussion.SubjectRef.Of(Domain.Discussion.ThreadSubject.Feedback, c.Source.Id));
    }
}
