namespace JobDescGen.Html.Styling;

/// <summary>The theme's logo as a <c>data:</c> URI, so the page shows it without a request.</summary>
internal static class LogoData
{
    /// <summary>The URI of <paramref name="logo"/> (PNG or JPEG, as the theme checks), or null for none.</summary>
    public static string? Uri(byte[]? logo)
    {
        if (logo is null)
        {
            return null;
        }

        var type = logo is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : "image/jpeg";
        return $"data:{type};base64,{Convert.ToBase64String(logo)}";
    }
}
