using System.Globalization;
using JobDescGen.Diagnostics;
using JobDescGen.Loading.Files;
using JobDescGen.Loading.Yaml;
using PdfSharp.Drawing;

namespace JobDescGen.Pdf.Theme;

/// <summary>Reads one theme value by its setting's kind, reporting a located error when it does not fit.</summary>
internal static class ThemeValueReader
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> InternedLists = new(StringComparer.Ordinal);

    /// <summary>Whether a value was read, and the value (null for an optional one left empty).</summary>
    public static (bool Ok, object? Value) Read(ThemeSetting setting, YamlNode node, string? baseDirectory, DiagnosticBag diagnostics)
    {
        if (setting.Kind == ThemeSettingKind.FamilyList)
        {
            return ReadFamilies(setting, node, diagnostics);
        }

        if (node is not YamlScalar scalar)
        {
            diagnostics.Error(node.Location, $"'{setting.Key}' should be a single value, but is {node.KindName}", Expected(setting), setting.Key);
            return (false, null);
        }

        var text = scalar.Value.Trim();
        switch (setting.Kind)
        {
            case ThemeSettingKind.Number:
                // NaN and infinities parse, but compare false against any range: reject them by name.
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return Fail(node, $"'{setting.Key}' is not a number: '{text}'", Expected(setting), setting, diagnostics);
                }

                if (number < setting.Min || number > setting.Max)
                {
                    return Fail(node, $"'{setting.Key}' is {text}, outside {setting.Min.ToString(CultureInfo.InvariantCulture)}–{setting.Max.ToString(CultureInfo.InvariantCulture)}", Expected(setting), setting, diagnostics);
                }

                return (true, number);

            case ThemeSettingKind.Color:
                return TryColor(text, out var color)
                    ? (true, color)
                    : Fail(node, $"'{setting.Key}' is not a colour: '{text}'", Expected(setting), setting, diagnostics);

            case ThemeSettingKind.Choice:
                var choice = setting.Choices!.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                return choice is not null
                    ? (true, choice)
                    : Fail(node, $"'{setting.Key}' cannot be '{text}'", Expected(setting), setting, diagnostics);

            case ThemeSettingKind.OptionalText:
                return (true, scalar.IsNull || text.Length == 0 ? null : text);

            default:
                return ReadFile(setting, scalar, text, baseDirectory, diagnostics);
        }
    }

    private static (bool, object?) ReadFamilies(ThemeSetting setting, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return (true, InternedLists.GetOrAdd(string.Empty, _ => Array.Empty<string>()));
        }

        if (node is not YamlSequence sequence)
        {
            return Fail(node, $"'{setting.Key}' should be a list of font families, but is {node.KindName}", Expected(setting), setting, diagnostics);
        }

        var families = new List<string>();
        var ok = true;
        foreach (var item in sequence.Items)
        {
            var name = (item as YamlScalar)?.Value.Trim();
            var family = setting.Choices!.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (family is null)
            {
                ok = false;
                diagnostics.Error(item.Location, $"'{setting.Key}': '{name ?? item.KindName}' is not a bundled font family", Expected(setting), setting.Key);
            }
            else if (!families.Contains(family))
            {
                families.Add(family);
            }
        }

        // One instance per list, so themes with the same chain compare equal (PdfTheme is a record).
        return ok ? (true, InternedLists.GetOrAdd(string.Join('\n', families), _ => families.AsReadOnly())) : (false, null);
    }

    private static (bool, object?) ReadFile(ThemeSetting setting, YamlScalar scalar, string text, string? baseDirectory, DiagnosticBag diagnostics)
    {
        if (scalar.IsNull || text.Length == 0)
        {
            return (true, null);
        }

        // Relative to the theme file, so a templates folder can be moved or shared as a whole.
        var path = Path.Combine(baseDirectory ?? ".", text);
        if (FileProbe.KindOf(path) == FileKind.Missing)
        {
            return Fail(scalar, $"'{setting.Key}': no file '{text}'", $"put the image beside theme.yaml, or give a path relative to it (looked for {path})", setting, diagnostics);
        }

        // Only a regular file, of limited size, inside the templates folder (never a link to one elsewhere).
        var bytes = InputFile.TryRead(path, baseDirectory, out var problem);
        if (bytes is null)
        {
            return Fail(scalar, $"'{setting.Key}': cannot read '{text}': {problem!.Message}", problem.Hint, setting, diagnostics);
        }

        var isPng = ImageSize.IsPng(bytes);
        if (!isPng && !ImageSize.IsJpeg(bytes))
        {
            return Fail(scalar, $"'{setting.Key}': '{text}' is neither a PNG nor a JPEG image", "save the logo as PNG or JPEG", setting, diagnostics);
        }

        // Checked before decoding: a file of a megabyte can declare 20,000 × 20,000 pixels, which
        // the decoder would try to hold in memory (gigabytes) and draw into every document.
        if (ImageSize.Of(bytes) is var (width, height) && (long)width * height > MaxLogoPixels)
        {
            return Fail(
                scalar,
                $"'{setting.Key}': '{text}' is {width:N0} × {height:N0} pixels; a logo may have at most {MaxLogoPixels / 1_000_000} million",
                "scale it down: 1,000 pixels across is sharp in print at any logo width up to 80 mm",
                setting,
                diagnostics);
        }

        // The signature is not enough: a damaged image would fail only when a PDF is drawn, blamed on the document.
        return LogoImage.Decodes(bytes)
            ? (true, bytes)
            : Fail(scalar, $"'{setting.Key}': '{text}' starts like a {(isPng ? "PNG" : "JPEG")} image but cannot be decoded", "open it in an image editor and save it again as PNG or JPEG", setting, diagnostics);
    }

    /// <summary>The most pixels a logo may have: 2,000 × 2,000 (a second to decode, 200 MB while it is).</summary>
    internal const long MaxLogoPixels = 4_000_000;

    private static (bool, object?) Fail(YamlNode node, string message, string hint, ThemeSetting setting, DiagnosticBag diagnostics)
    {
        diagnostics.Error(node.Location, message, hint, setting.Key);
        return (false, null);
    }

    private static string Expected(ThemeSetting setting) => setting.Kind switch
    {
        ThemeSettingKind.Number => $"write a number from {setting.Min.ToString(CultureInfo.InvariantCulture)} to {setting.Max.ToString(CultureInfo.InvariantCulture)}",
        ThemeSettingKind.Color => "write a colour as \"#RRGGBB\" (in quotes, since # starts a YAML comment), for example \"#1B3A5C\"",
        ThemeSettingKind.Choice => $"choose one of: {string.Join(", ", setting.Choices!)}",
        ThemeSettingKind.OptionalFile => "write a file name relative to theme.yaml, or ~ for none",
        ThemeSettingKind.FamilyList => $"write a list of bundled families, for example [DejaVu Sans, Symbola], or ~ for none; the families: {string.Join(", ", setting.Choices!)}",
        _ => "write a text, or ~ for none",
    };

    private static bool TryColor(string text, out XColor color)
    {
        color = XColors.Black;
        if (text.Length != 7 || text[0] != '#' || !int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return false;
        }

        color = XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        return true;
    }
}
