using System.Net;
using CommunityGrains.Host.Storage;

namespace CommunityGrains.Host.Tests.Deployment;

public sealed class AdvertisedAddressTests
{
    [Fact]
    public void An_advertised_ip_is_used_as_given()
    {
        Assert.Equal(IPAddress.Parse("10.1.2.3"), new OrleansOptions { AdvertisedIp = "10.1.2.3" }.AdvertisedAddress);
    }

    [Fact]
    public void An_advertised_host_name_such_as_a_compose_service_resolves_to_its_IPv4_address()
    {
        Assert.Equal(IPAddress.Loopback, new OrleansOptions { AdvertisedIp = "localhost" }.AdvertisedAddress);
    }
}
