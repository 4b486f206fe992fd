using CommunityGrains.Contracts.Members;
using CommunityGrains.Gateway.Execution;
using CommunityGrains.Gateway.Schema;
using GraphQL;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Members;

public sealed class MemberFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query)
    {
        query.Field<MemberType>("me")
            .Description("The member behind the token; null until they have joined the community.")
            .ResolveAsync(async c => await c.Member(c.Actor().MemberId));

        query.Field<MemberType>("member")
            .Description("A member of the token's community; null when there is none with this id or they have not joined.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The member's id (the sub of their token).")
            .ResolveAsync(async c => await c.Member(c.GetArgument<string>("id")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MemberType>>("joinCommunity")
            .Description("The caller joins the token's community as the member named by the token. Joining again returns the member unchanged.")
            .Argument<NonNullGraphType<JoinCommunityInputType>>("input", "The new member's profile.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<JoinCommunityInput>("input");
                return await Me(c).Join(c.Actor(), new JoinCommunity(input.DisplayName, input.Interests, input.Segment));
            });

        mutation.Field<NonNullGraphType<MemberType>>("updateProfile")
            .Description("A member changes their own profile; omitted fields stay as they are.")
            .Argument<NonNullGraphType<UpdateProfileInputType>>("input", "The fields to change.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateProfileInput>("input");
                return await Me(c).UpdateProfile(c.Actor(), new UpdateProfile(input.DisplayName, input.Interests, input.Segment));
            });
    }

    private static IMemberGrain Me(IResolveFieldContext context) => context.Grain<IMemberGrain>(context.Actor().MemberId);
}
