using System.Net;
using System.Text.RegularExpressions;

namespace JobNetwork.Tests.Infrastructure;

/// <summary>
/// Submits the app's static server-rendered forms the way a browser does: the antiforgery token scraped from the page
/// and the <c>_handler</c> field naming the form (its <c>FormName</c>).
/// </summary>
public static partial class FormClient
{
    public const string TokenField = "__RequestVerificationToken";

    [GeneratedRegex("""<input[^>]*\bname="__RequestVerificationToken"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex("""\bvalue="([^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    /// <summary>The antiforgery token in the page at <paramref name="path"/>; the GET also sets the antiforgery cookie.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} returned {(int)response.StatusCode}.");
        return FindAntiforgeryToken(html) ?? throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static string? FindAntiforgeryToken(string html)
    {
        var input = TokenInput().Match(html);
        var value = input.Success ? ValueAttribute().Match(input.Value) : Match.Empty;
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
    }

    /// <summary>Posts a form with the given token (or none, when <paramref name="token"/> is null).</summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, string formName, string? token, params (string Name, string Value)[] fields)
    {
        var body = new List<KeyValuePair<string, string>> { new("_handler", formName) };
        if (token is not null)
        {
            body.Add(new(TokenField, token));
        }

        body.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>Loads the page for a fresh token, then posts the form: one browser round trip.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(path);
        return await client.PostFormAsync(path, formName, token, fields);
    }

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/Account/Register", "register", RegisterFields(email, password));

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/Account/Login", "login", SignInFields(email, password));

    public static (string, string)[] RegisterFields(string email, string password) =>
        [("Input.Email", email), ("Input.Password", password), ("Input.ConfirmPassword", password)];

    public static (string, string)[] SignInFields(string email, string password) =>
        [("Input.Email", email), ("Input.Password", password)];

    /// <summary>Whether the response signs someone in (sets the app's authentication cookie).</summary>
    public static bool SetsAuthCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith("JobNetwork.Auth=", StringComparison.Ordinal));

    /// <summary>The path a redirect points to, whether the app wrote it absolute or relative.</summary>
    public static string? RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.AbsolutePath
        : new Uri(new Uri("http://localhost"), location).AbsolutePath;
}
