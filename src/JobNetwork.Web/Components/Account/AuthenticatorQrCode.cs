using QRCoder;

namespace JobNetwork.Web.Components.Account;

/// <summary>Renders the authenticator's otpauth:// link as a PNG data URI, so the QR code needs no script and fits the CSP.</summary>
public static class AuthenticatorQrCode
{
    public static string AsDataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
