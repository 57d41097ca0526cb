using System.Text;

namespace JobDescGen.Building;

/// <summary>
/// The file name pattern of <c>build --name</c>: literal text with the placeholders
/// <c>{profile}</c>, <c>{level}</c>, <c>{language}</c> and <c>{ext}</c>; <c>/</c> makes sub-folders.
/// A profile's overview takes the word <see cref="OverviewLevel"/> for <c>{level}</c>
/// (<c>leidinggevende-overview.pdf</c>, or <c>overview/leidinggevende.pdf</c> for <c>{level}/{profile}.{ext}</c>).
/// Values are sanitised and the pattern is checked, so no profile, level or pattern can name a path
/// outside the output folder.
/// </summary>
public sealed class OutputNamePattern
{
    /// <summary>The pattern used when none is given.</summary>
    public const string Default = "{profile}-{level}.{ext}";

    /// <summary>What <c>{level}</c> becomes in the name of a profile's overview.</summary>
    public const string OverviewLevel = "overview";

    private static readonly string[] Placeholders = ["profile", "level", "language", "ext"];
    private static readonly char[] InvalidLiteralCharacters = ['\\', ':', '*', '?', '"', '<', '>', '|', '\0'];

    private OutputNamePattern(string text) => Text = text;

    /// <summary>The pattern as given.</summary>
    public string Text { get; }

    /// <summary>True when the pattern names the language itself, so multilingual profiles need nothing added.</summary>
    public bool HasLanguage => Text.Contains("{language}", StringComparison.Ordinal);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with a readable message when it is unusable.</summary>
    public static OutputNamePattern Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("the name pattern is empty");
        }

        if (text.StartsWith('/') || text.StartsWith('\\') || (text.Length > 1 && text[1] == ':'))
        {
            throw new FormatException($"the name pattern '{text}' is an absolute path; it must name a file inside the output folder");
        }

        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                var end = text.IndexOf('}', i);
                var name = end < 0 ? null : text[(i + 1)..end];
                if (name is null || !Placeholders.Contains(name))
                {
                    throw new FormatException($"unknown placeholder '{(end < 0 ? text[i..] : text[i..(end + 1)])}' in the name pattern '{text}'; use {{profile}}, {{level}}, {{language}}, {{ext}}");
                }

                literal.Append('x');
                i = end;
                continue;
            }

            if (InvalidLiteralCharacters.Contains(text[i]) || char.IsControl(text[i]))
            {
                throw new FormatException($"the name pattern '{text}' contains '{text[i]}', which is not allowed in a file name");
            }

            literal.Append(text[i]);
        }

        if (literal.ToString().Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new FormatException($"the name pattern '{text}' has an empty, '.' or '..' folder; it must name a file inside the output folder");
        }

        return new OutputNamePattern(text);
    }

    /// <summary>
    /// Why this pattern would give two files of one build the same name, or null when it tells them
    /// apart: without <c>{ext}</c> the formats of a document clash, without <c>{level}</c> its levels
    /// (and its overview, made when every level is built), without <c>{profile}</c> the profiles.
    /// </summary>
    /// <param name="formats">How many formats the build writes.</param>
    /// <param name="levels">The levels built; null for every level (and the overviews).</param>
    /// <param name="profiles">How many profiles the build covers.</param>
    public (string Message, string Hint)? SharedName(int formats, IReadOnlyCollection<string>? levels, int profiles)
    {
        var missing = new List<string>();
        var clashing = new List<string>();
        if (formats > 1 && !Text.Contains("{ext}", StringComparison.Ordinal))
        {
            missing.Add("{ext}");
            clashing.Add("the formats of each document");
        }

        if ((levels is null || levels.Count > 1) && !Text.Contains("{level}", StringComparison.Ordinal))
        {
            missing.Add("{level}");
            clashing.Add(levels is null ? "the levels and the overview of each profile" : "the levels of each profile");
        }

        if (profiles > 1 && !Text.Contains("{profile}", StringComparison.Ordinal))
        {
            missing.Add("{profile}");
            clashing.Add("the profiles");
        }

        if (missing.Count == 0)
        {
            return null;
        }

        return (
            $"the name pattern '{Text}' has no {string.Join(" or ", missing)}: {string.Join(", and ", clashing)} would be written to the same file",
            $"name every part that differs, for example --name \"{Suggest(missing)}\" (nothing was written)");
    }

    // The pattern with what it lacks put in: "{level}" before the extension, ".{ext}" at the end.
    private string Suggest(List<string> missing)
    {
        var pattern = Text;
        var hasExt = pattern.EndsWith(".{ext}", StringComparison.Ordinal);
        var stem = hasExt ? pattern[..^".{ext}".Length] : pattern;
        if (missing.Contains("{profile}"))
        {
            stem = "{profile}-" + stem;
        }

        if (missing.Contains("{level}"))
        {
            stem += "-{level}";
        }

        return stem + (hasExt || missing.Contains("{ext}") ? ".{ext}" : string.Empty);
    }

    /// <summary>
    /// The relative path (with <c>/</c> separators) of one document. When the pattern has no
    /// <c>{language}</c> and <paramref name="multilingual"/> is true, <c>-{language}</c> is added
    /// before the extension, so the languages of one profile never share a file.
    /// </summary>
    public string Format(string profile, string level, string language, string extension, bool multilingual)
    {
        var pattern = Text;
        if (multilingual && !HasLanguage)
        {
            var dotExt = pattern.LastIndexOf(".{ext}", StringComparison.Ordinal);
            pattern = dotExt >= 0 ? pattern.Insert(dotExt, "-{language}") : pattern + "-{language}";
        }

        var path = pattern
            .Replace("{profile}", FileNameSanitizer.Sanitize(profile), StringComparison.Ordinal)
            .Replace("{level}", FileNameSanitizer.Sanitize(level), StringComparison.Ordinal)
            .Replace("{language}", FileNameSanitizer.Sanitize(language), StringComparison.Ordinal)
            .Replace("{ext}", FileNameSanitizer.Sanitize(extension), StringComparison.Ordinal);

        // Values cannot hold '/' or start with '.', and the literal parts were checked: this is a
        // second line of defence that fails loudly instead of writing outside --out.
        if (path.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidOperationException($"the name pattern produced the unsafe path '{path}'");
        }

        return path;
    }
}
