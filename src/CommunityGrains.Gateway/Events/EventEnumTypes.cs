using CommunityGrains.Domain.Events;
using GraphQL.Types;

namespace CommunityGrains.Gateway.Events;

public sealed class EventFormatType : EnumerationGraphType<EventFormat>
{
    public EventFormatType() => Name = "EventFormat";
}

public sealed class EventStatusType : EnumerationGraphType<EventStatus>
{
    public EventStatusType() => Name = "EventStatus";
}

public sealed class RegistrationStatusType : EnumerationGraphType<RegistrationStatus>
{
    public RegistrationStatusType() => Name = "RegistrationStatus";
}

public sealed class EventRoleType : EnumerationGraphType<EventRole>
{
    public EventRoleType() => Name = "EventRole";
}
