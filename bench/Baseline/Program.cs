using System.Text;
using CommunityGrains.Baseline;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

// The conventional design the benchmark compares against: one transaction per request over PostgreSQL,
// unique constraints for "once per member", counter rows updated in the same transaction.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var signingKey = builder.Configuration["Auth:SigningKey"] ?? throw new InvalidOperationException("Set Auth:SigningKey.");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
{
    jwt.MapInboundClaims = false;
    jwt.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = "community-grains",
        ValidAudience = "community-grains",
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
        ClockSkew = TimeSpan.FromSeconds(60),
        NameClaimType = "sub",
    };
});
builder.Services.AddAuthorization();

var connectionString = builder.Configuration.GetConnectionString("Postgres");
if (connectionString is not null)
{
    builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
    builder.Services.AddSingleton<BaselineStore>();
}

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

// The HTTP ceiling of the machine: no auth, no storage, a fixed body.
var rawBody = "{\"data\":{\"ok\":true}}"u8.ToArray();
app.MapGet("/raw", (HttpContext http) =>
{
    http.Response.ContentType = "application/json";
    http.Response.ContentLength = rawBody.Length;
    return http.Response.Body.WriteAsync(rawBody).AsTask();
});

if (connectionString is not null)
{
    await app.Services.GetRequiredService<BaselineStore>().CreateSchema();
    BaselineEndpoints.Map(app);
}

app.Run();
