using CommunityGrains.Contracts.Events;
using CommunityGrains.Gateway.Schema;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class SignInCodeType : ObjectGraphType<SignInCodeView>
{
    public SignInCodeType()
    {
        Name = "SignInCode";
        Description = "A short-lived code shown at the venue (e.g. as a QR code) that attendees enter to sign in.";
        Field(x => x.Code).Description("The code to pass to signInToEvent.");
        Field<NonNullGraphType<UtcDateTimeGraphType>>("expiresAt").Description("When the code stops being accepted, 10 minutes after it was issued.").Resolve(c => c.Source.ExpiresAt);
    }
}
