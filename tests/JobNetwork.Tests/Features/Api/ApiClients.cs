using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using JobNetwork.Tests.Security;
using JobNetwork.Web.Domain;
using JobNetwork.Web.Features.Api;
using Microsoft.Extensions.DependencyInjection;

namespace JobNetwork.Tests.Features.Api;

/// <summary>Tokens made through the app's own service, and HTTP clients that present them.</summary>
public static class ApiClients
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Task<NewApiToken> CreateTokenAsync(this TwoAccountApp.Account account, ApiTokenScope scope = ApiTokenScope.ReadWrite, int days = 30) =>
        account.RunAsync(s => s.GetRequiredService<ApiTokenService>().CreateAsync(
            new ApiTokenForm { Name = $"test {scope}", Scope = scope, ExpiresInDays = days }, CancellationToken.None));

    public static HttpClient Client(this TwoAccountApp app, string? secret)
    {
        var client = app.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (secret is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return client;
    }

    public static async Task<HttpClient> ApiAsync(this TwoAccountApp.Account account, ApiTokenScope scope = ApiTokenScope.ReadWrite) =>
        account.Owner.Client((await account.CreateTokenAsync(scope)).Secret);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, Guid? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return client.SendAsync(request);
    }
}
