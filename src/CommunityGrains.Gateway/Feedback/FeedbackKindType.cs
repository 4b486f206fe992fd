using CommunityGrains.Domain.Feedback;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Feedback;

public sealed class FeedbackKindType : EnumerationGraphType<FeedbackKind>
{
    public FeedbackKindType()
    {
        Name = "FeedbackType";
        Description = "What kind of feedback it is: a SUGGESTION, a COMPLAINT, an INQUIRY (a question) or PRAISE.";
    }
}
