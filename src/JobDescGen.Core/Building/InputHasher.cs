using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using JobDescGen.Model;
using JobDescGen.Writing;

using JobDescGen.Loading;

namespace JobDescGen.Building;

/// <summary>
/// Computes the input hash of one output file: the tool version, the format, the profile file, the
/// level file, the level catalogue, the user's templates folder (templates, theme, fonts, images),
/// the language's label file and the document date. Each file is read and hashed once per build.
/// </summary>
public sealed class InputHasher(string? templatesDirectory, string toolVersion)
{
    private const string LanguageFolder = "lang";

    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Lazy<string> _templates = new(() => HashTemplates(templatesDirectory, LanguageFolder + "/"));
    private readonly Lazy<string> _languages = new(() => HashTemplates(templatesDirectory is null ? null : Path.Combine(templatesDirectory, LanguageFolder), null));

    /// <summary>The input hash of <paramref name="writer"/>'s file for one level and language of <paramref name="profile"/>.</summary>
    public string Compute(RoleProfile profile, LevelVariant level, string language, DateOnly fallbackDate, IDocumentWriter writer)
    {
        var text = new StringBuilder(512);
        Line(text, "tool", toolVersion);
        Line(text, "writer", $"{writer.Format} {writer.GetType().FullName}");
        Line(text, "profile", profile.Id);
        Line(text, "profile-file", FileHash(profile.File));
        Line(text, "level", level.LevelId);
        Line(text, "level-file", FileHash(level.File));
        Line(text, "catalogue-file", FileHash(profile.Catalogue.File));
        Line(text, "language", language);
        Line(text, "language-file", templatesDirectory is null ? "none" : FileHash(Path.Combine(templatesDirectory, LanguageFolder, language + ".yaml")));
        Line(text, "templates", _templates.Value);

        // Only a profile without its own date takes the build's date (SOURCE_DATE_EPOCH or today).
        Line(text, "date", (profile.Metadata.Date ?? fallbackDate).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return Sha256Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// The input hash of <paramref name="writer"/>'s overview of <paramref name="profile"/> in one
    /// language: the inputs of a level's file, with every level file (in catalogue order) in place of one.
    /// </summary>
    public string ComputeOverview(RoleProfile profile, string language, DateOnly fallbackDate, IDocumentWriter writer)
    {
        var text = new StringBuilder(1024);
        Line(text, "kind", "overview");
        Line(text, "tool", toolVersion);
        Line(text, "writer", $"{writer.Format} {writer.GetType().FullName}");
        Line(text, "profile", profile.Id);
        Line(text, "profile-file", FileHash(profile.File));
        foreach (var level in profile.Levels)
        {
            Line(text, "level " + level.LevelId, FileHash(level.File));
        }

        Line(text, "catalogue-file", FileHash(profile.Catalogue.File));
        Line(text, "language", language);
        Line(text, "language-file", templatesDirectory is null ? "none" : FileHash(Path.Combine(templatesDirectory, LanguageFolder, language + ".yaml")));
        Line(text, "templates", _templates.Value);
        Line(text, "date", (profile.Metadata.Date ?? fallbackDate).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return Sha256Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// The hash of everything one profile folder's documents can depend on, read without loading
    /// the profile: every file of the folder, the level catalogue beside or above it, every file of
    /// the templates folder, the tool version and <paramref name="options"/> (formats, levels, name
    /// pattern, date).
    /// </summary>
    public string Sources(string profileDirectory, string options)
    {
        var text = new StringBuilder(1024);
        Line(text, "tool", toolVersion);
        Line(text, "options", options);
        Line(text, "templates", _templates.Value);
        Line(text, "languages", _languages.Value);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(profileDirectory)));
        Line(text, "own-catalogue", FileHash(Path.Combine(profileDirectory, LevelCatalogueLoader.FileName)));
        Line(text, "shared-catalogue", parent is null ? "none" : FileHash(Path.Combine(parent, LevelCatalogueLoader.FileName)));
        foreach (var file in FileFingerprint.Files(profileDirectory).Order(StringComparer.Ordinal))
        {
            Line(text, "file " + OutputFolder.Relative(profileDirectory, file), FileHash(file));
        }

        return Sha256Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string FileHash(string path) => _files.GetOrAdd(Path.GetFullPath(path), FileFingerprint.Of);

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append('=').Append(value).Append('\n');

    private static string HashTemplates(string? directory, string? skipPrefix)
    {
        if (directory is null || !Directory.Exists(directory))
        {
            return "built-in";
        }

        // Every file counts (templates, includes, theme, fonts, logo). The per-document hash skips
        // lang/ (each document hashes only its own language's file); the per-profile one does not.
        var text = new StringBuilder();
        var files = FileFingerprint.Files(directory)
            .Select(f => (Full: f, Relative: OutputFolder.Relative(directory, f)))
            .Where(f => skipPrefix is null || !f.Relative.StartsWith(skipPrefix, StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            Line(text, relative, FileFingerprint.Of(full));
        }

        return Sha256Hex(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
