using System.Net.Http.Headers;

namespace CommunityGrains.Bench.Load;

/// <summary>
/// One request, prepared so that sending it costs the load generator little: the body is pre-serialized UTF-8 and
/// the authorization header is created once per member. <see cref="Member"/> and <see cref="Tag"/> let a scenario
/// remember what an acknowledged request did (e.g. a voter's last choice).
/// </summary>
internal sealed record BenchRequest(HttpMethod Method, string Path, AuthenticationHeaderValue? Authorization, byte[]? Body, int Member = -1, int Tag = 0);
