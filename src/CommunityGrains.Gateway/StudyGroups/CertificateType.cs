using CommunityGrains.Contracts.Common;
using CommunityGrains.Contracts.Communities;
using CommunityGrains.Contracts.Members;
using CommunityGrains.Contracts.StudyGroups;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Members;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.StudyGroups;

/// <summary>
/// Also answered without a token (verifyCertificate): its fields read through the certificate's own community, never
/// the caller's, and the transport lets a token-less request select only what a verifier needs (see TokenlessQuery).
/// </summary>
public sealed class CertificateType : ObjectGraphType<CertificateView>
{
    public CertificateType()
    {
        Name = "Certificate";
        Description = "Issued for a 30-day streak (STREAK) or 10 approved practice tasks (PRACTICE); its code is printed on the certificate.";
        Field(x => x.Code).Description("Printed on the certificate; anyone can check it with verifyCertificate.");
        Field<NonNullGraphType<CertificateKindType>>("kind").Description("What earned it.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<MemberType>>("member")
            .Description("Who earned it; 'Former member' once they left the community. Outside the community only id and displayName are meant to be read.")
            .ResolveAsync(async c => await Holder(c));
        Field<StudyGroupType>("group")
            .Description("The group it was earned in, for members of the certificate's community; null for anyone else (see groupName).")
            .ResolveAsync(async c => InOwnCommunity(c)
                ? await c.Grains().Reference<IStudyGroupGrain>(GrainKeys.Of(c.Source.CommunityId, c.Source.GroupId)).Get()
                : null);
        Field(x => x.GroupName).Description("The group's name when the certificate was issued, shown to everyone.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("issuedAt").Description("When it was issued.").Resolve(c => c.Source.IssuedAt);
        Field<NonNullGraphType<StringGraphType>>("communityName")
            .Description("The name of the community that issued it.")
            .ResolveAsync(async c => (await c.Grains().Reference<ICommunityGrain>(c.Source.CommunityId).GetExisting()).Name);
    }

    private static bool InOwnCommunity(IResolveFieldContext<CertificateView> context) =>
        context.UserContext is GatewayUserContext { Actor: { } actor } && actor.IsIn(context.Source.CommunityId);

    private static async Task<MemberView?> Holder(IResolveFieldContext<CertificateView> context) =>
        InOwnCommunity(context)
            ? await context.Member(context.Source.MemberId)
            : await context.Grains().Reference<IMemberGrain>(GrainKeys.Of(context.Source.CommunityId, context.Source.MemberId)).Card();
}
