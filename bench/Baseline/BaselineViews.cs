namespace CommunityGrains.Baseline;

public sealed record TallyView(string ProposalId, int For, int Against, int Abstain, int Total);

public sealed record ProposalView(string Id, string Title, string Status, TallyView Tally);

public sealed record CheckInView(long Id, string GroupId, string MemberId, string MemberName, DateOnly Date, DateTimeOffset At, string? Note);

public sealed record MemberStreakView(string MemberId, string MemberName, int Current, int Longest, DateOnly? LastCheckIn);

public sealed record GroupView(string Id, string Name, string Goal, IReadOnlyList<MemberStreakView> MemberStreaks, IReadOnlyList<CheckInView> CheckIns);

public sealed record MemberView(string Id, string DisplayName, int Points, int LifetimePoints);
