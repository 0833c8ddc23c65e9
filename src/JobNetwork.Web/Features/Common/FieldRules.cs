using System.ComponentModel.DataAnnotations;
using JobNetwork.Web.Features.Contacts;

namespace JobNetwork.Web.Features.Common;

/// <summary>Only absolute http(s) links: a "javascript:" or "data:" URL must never become a link.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpUrlAttribute : ValidationAttribute
{
    public HttpUrlAttribute() : base("Enter a web address that starts with http:// or https://.") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || IsHttpUrl(text);

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class PhoneNumberTextAttribute : ValidationAttribute
{
    public PhoneNumberTextAttribute() : base("Enter a phone number, like +1 415 555 0100 or (415) 555-0100.") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || PhoneNumberNormalizer.LooksLikePhoneNumber(text);
}

/// <summary>An email address that may be left blank: a cleared field is "no email", not a bad one.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionalEmailAttribute : ValidationAttribute
{
    private static readonly EmailAddressAttribute Email = new();

    public OptionalEmailAttribute() : base("Enter a valid email address, like name@example.com.") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || Email.IsValid(text.Trim());
}
