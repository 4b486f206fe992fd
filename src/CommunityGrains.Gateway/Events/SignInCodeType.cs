using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class SignInCodeType : ObjectGraphType<SignInCodeView>
{
    public SignInCodeType()
    {
        Name = "SignInCode";
        Field(x => x.Code);
        Field<NonNullGraphType<UtcDateTimeGraphType>>("expiresAt").Resolve(c => c.Source.ExpiresAt);
    }
}
