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
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Member(c.GetArgument<string>("id")));
    }

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MemberType>>("joinCommunity")
            .Argument<NonNullGraphType<JoinCommunityInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<JoinCommunityInput>("input");
                return await Me(c).Join(c.Actor(), new JoinCommunity(input.DisplayName, input.Interests, input.Segment));
            });

        mutation.Field<NonNullGraphType<MemberType>>("updateProfile")
            .Argument<NonNullGraphType<UpdateProfileInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateProfileInput>("input");
                return await Me(c).UpdateProfile(c.Actor(), new UpdateProfile(input.DisplayName, input.Interests, input.Segment));
            });
    }

    private static IMemberGrain Me(IResolveFieldContext context) => context.Grain<IMemberGrain>(context.Actor().MemberId);
}
