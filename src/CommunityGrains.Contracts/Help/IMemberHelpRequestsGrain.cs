using CommunityGrains.Contracts.Common;
using CommunityGrains.Domain.Help;

namespace CommunityGrains.Contracts.Help;

/// <summary>Key: community/member. The member's own requests with their status, newest first (the newest <c>Kept</c>).</summary>
public interface IMemberHelpRequestsGrain : IGrainWithStringKey
{
    /// <summary>Sets the request's entry (not adds): a repeated report is harmless.</summary>
    Task Record(HelpRequestListing listing);

    /// <summary>Newest first; with a status, only requests whose effective status it is.</summary>
    Task<Page<HelpRequestView>> List(int first, string? after, HelpStatus? status);
}
