namespace CommunityGrains.Domain.StudyGroups;

/// <summary>Append only: stored by number.</summary>
public enum CertificateKind
{
    /// <summary>The community's certificateDays of check-ins in a row in one group.</summary>
    Streak = 0,

    /// <summary><see cref="PracticeRules.ApprovalsForCertificate"/> practice submissions approved in one group.</summary>
    Practice = 1,
}
