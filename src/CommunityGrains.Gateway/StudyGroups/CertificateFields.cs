using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Domain.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

public sealed class CertificateFields : IQueryFields
{
    /// <summary>The one data field the transport answers without a token (see <c>TokenlessQuery</c>).</summary>
    public const string VerifyCertificate = "verifyCertificate";

    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<CertificateType>(VerifyCertificate)
            .Description("Anyone, without a token: checks a certificate by its code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code printed on the certificate (case does not matter); null when no certificate has it, or it is not a code at all.")
            .ResolveAsync(async c => CertificateCode.Normalize(c.GetArgument<string>("code")) is { } code
                ? await c.Grains().Reference<ICertificateGrain>(code).Get()
                : null);
    }
}
