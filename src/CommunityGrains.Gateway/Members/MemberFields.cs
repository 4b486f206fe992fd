using CommunityGrains.Contracts.Common;
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
            .ResolveAsync(async c => await c.Member(c.Actor().MemberId) is { Left: false } me ? me : null);

        query.Field<MemberType>("member")
            .Description("A member of the token's community; null when there is none with this id or they have not joined.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The member's id (the sub of their token).")
            .ResolveAsync(async c => await c.Member(c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<StringGraphType>>("myData")
            .Description("Everything the community holds about the caller, as one JSON document (PIPL/GDPR access request).")
            .RequireRole(Role.Member)
            .ResolveAsync(async c => await c.Grain<IMemberAccountGrain>(c.Actor().MemberId).ExportData(c.Actor()));
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

        mutation.Field<NonNullGraphType<MemberType>>("setExpert")
            .Description("MODERATOR: grant or remove the EXPERT segment (e.g. a professional who scores proposals). Removing the grant leaves the top-5% rule in force.")
            .Argument<NonNullGraphType<IdGraphType>>("memberId", "The member.")
            .Argument<NonNullGraphType<BooleanGraphType>>("expert", "True grants EXPERT, false withdraws the grant.")
            .RequireRole(Role.Moderator)
            .ResolveAsync(async c => await c.Grain<IMemberAccountGrain>(c.GetArgument<string>("memberId"), "memberId").SetExpert(c.Actor(), c.GetArgument<bool>("expert")));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("leaveCommunity")
            .Description("The caller leaves: their profile is anonymised (display name 'Former member'), points and badges removed, their content kept without their name; irreversible.")
            .Argument<NonNullGraphType<BooleanGraphType>>("confirm", "Must be true: leaving cannot be undone, and the same member id cannot join again.")
            .RequireRole(Role.Member)
            .ResolveAsync(async c =>
            {
                if (!c.GetArgument<bool>("confirm"))
                {
                    throw DomainException.BadInput("confirm: must be true to leave; leaving cannot be undone.");
                }

                await c.Grain<IMemberAccountGrain>(c.Actor().MemberId).Leave(c.Actor());
                return true;
            });
    }

    private static IMemberGrain Me(IResolveFieldContext context) => context.Grain<IMemberGrain>(context.Actor().MemberId);
}
