using CommunityGrains.Domain.StudyGroups;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class CertificateKindType : EnumerationGraphType<CertificateKind>
{
    public CertificateKindType()
    {
        Name = "CertificateKind";
        Description = "STREAK: the community's certificateDays of check-ins in a row in a group. PRACTICE: 10 approved practice tasks in a group.";
    }
}
