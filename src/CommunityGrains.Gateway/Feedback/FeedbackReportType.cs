using CommunityGrains.Contracts.Feedback;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackReportType : ObjectGraphType<FeedbackReportView>
{
    public FeedbackReportType()
    {
        Name = "FeedbackReport";
        Description = "MODERATOR: the loop's health for a period (default: the last 30 days), over the items submitted in it (merged duplicates left out).";
        Field<NonNullGraphType<UtcDateTimeGraphType>>("from").Description("Start of the period (inclusive).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("to").Description("End of the period (exclusive).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("submitted").Description("Items submitted in the period.").Resolve(c => c.Source.Submitted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryCountType>>>>("byCategory").Description("Counts by category (triaged, else suggested); categories with none left out.").Resolve(c => c.Source.ByCategory);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelCountType>>>>("byChannel").Description("Counts by channel; channels with none left out.").Resolve(c => c.Source.ByChannel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("byType").Description("Counts by type, for items whose type is known.").Resolve(c => c.Source.ByKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DayCountType>>>>("daily").Description("Per day in the community's time zone, oldest first.").Resolve(c => c.Source.Daily);
        Field<FloatGraphType>("medianFirstResponseHours").Description("Median hours from submission to the first reply or triage; null when none was answered.").Resolve(c => c.Source.MedianFirstResponseHours);
        Field<FloatGraphType>("resolvedWithinTarget").Description("Of items resolved or past due, the share resolved in time; null when none is decided yet.").Resolve(c => c.Source.ResolvedWithinTarget);
        Field<NonNullGraphType<FloatGraphType>>("resolutionTarget").Description("The community's feedbackResolutionTarget (default 0.70).").Resolve(c => c.Source.ResolutionTarget);
        Field<FloatGraphType>("forecastResolvedWithinTarget")
            .Description("At today's pace (resolutions per day against items falling due), what resolvedWithinTarget will be at the end of the period's next 30 days.")
            .Resolve(c => c.Source.Forecast);
        Field<NonNullGraphType<IntGraphType>>("atRisk").Description("Open items of the period that are AT_RISK now.").Resolve(c => c.Source.AtRisk);
        Field<NonNullGraphType<IntGraphType>>("overdue").Description("Open items of the period that are OVERDUE now.").Resolve(c => c.Source.Overdue);
        Field<FloatGraphType>("classificationAgreement")
            .Description("Of items triaged in the period, the share whose suggested category was kept: the classifier measured on real work; null before any triage.")
            .Resolve(c => c.Source.ClassificationAgreement);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackType>>>>("corrections")
            .Description("Triaged items whose category a moderator changed, newest triage first, for retraining the keyword list.")
            .Argument<IntGraphType>("first", "How many, 1..100.", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var first = Domain.Common.InputLimits.PageSize(c.GetArgument<int>("first"));
                var views = await Task.WhenAll(c.Source.CorrectionIds.Take(first).Select(id => c.Grain<IFeedbackGrain>(id).Get(c.Actor())));
                return views.OfType<FeedbackView>().ToList();
            });
    }
}
