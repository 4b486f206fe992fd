using CommunityGrains.Gateway.StudyGroups;
using GraphQLParser.AST;

namespace CommunityGrains.Gateway.Transport;

/// <summary>
/// What a request without a token may ask: introspection, and verifyCertificate with only what a verifier needs
/// (a certificate's code, kind, dates, names, and its member's id and display name). Anything else, a fragment below
/// verifyCertificate included, needs a token: a certificate's member is a full Member, and a verifier must not reach
/// their points or badges through it.
/// </summary>
public static class TokenlessQuery
{
    private static readonly HashSet<string> PlainCertificateFields = ["code", "kind", "issuedAt", "communityName", "groupName", "__typename"];
    private static readonly HashSet<string> MemberFields = ["id", "displayName", "__typename"];

    public static bool Allows(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && (IsIntrospection(field) || IsVerification(field)));

    private static bool IsIntrospection(GraphQLField field) => field.Name.StringValue.StartsWith("__", StringComparison.Ordinal);

    private static bool IsVerification(GraphQLField field) =>
        field.Name.StringValue == CertificateFields.VerifyCertificate
        && field.SelectionSet is { } certificate
        && certificate.Selections.All(s => s is GraphQLField f && (IsPlainCertificateField(f) || IsHolder(f)));

    private static bool IsPlainCertificateField(GraphQLField field) =>
        field.SelectionSet is null && PlainCertificateFields.Contains(field.Name.StringValue);

    private static bool IsHolder(GraphQLField field) =>
        field.Name.StringValue == "member"
        && field.SelectionSet is { } member
        && member.Selections.All(s => s is GraphQLField f && f.SelectionSet is null && MemberFields.Contains(f.Name.StringValue));
}
