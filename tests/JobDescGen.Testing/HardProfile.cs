using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using JobDescGen.Generation;
using JobDescGen.Marking;
using JobDescGen.Model;
using JobDescGen.Rendering;
using JobDescGen.Resolving;
using Xunit;

namespace JobDescGen.Testing;

/// <summary>
/// The hard bilingual profile (tests/Fixtures/hard-bilingual): nl and fr texts as HR people paste
/// them (symbols, URLs, e-mail addresses, soft hyphens, word joiners, emoji, Markdown- and
/// HTML-special characters, long compounds, aspirated and mute h), and the word-fidelity check every
/// format's tests run over the text they read back: every text of a level and language appears.
/// </summary>
public static partial class HardProfile
{
    /// <summary>The levels of the profile.</summary>
    public static readonly string[] Levels = ["B", "A1"];

    /// <summary>The languages of the profile.</summary>
    public static readonly string[] Languages = ["nl", "fr"];

    private static readonly Lazy<RoleProfile> LazyProfile = new(() => BundledDocuments.LoadProfile(Path.Combine(ProfilesFolder, "moeilijk")));
    private static readonly ConcurrentDictionary<string, RenderedDocument> Documents = new(StringComparer.Ordinal);

    /// <summary>The profiles folder of the fixture.</summary>
    public static string ProfilesFolder => RepoPaths.Of("tests", "Fixtures", "hard-bilingual", "profiles");

    /// <summary>The profile "moeilijk".</summary>
    public static RoleProfile Profile => LazyProfile.Value;

    /// <summary>Every level with every language, for theories.</summary>
    public static IEnumerable<(string Level, string Language)> Cases() =>
        Levels.SelectMany(level => Languages.Select(language => (level, language)));

    /// <summary>The rendered, marked document of a level in a language (cached: do not change it).</summary>
    public static RenderedDocument Document(string level, string language) =>
        Documents.GetOrAdd(level + "/" + language, _ =>
        {
            var generated = new JobDescriptionGenerator(new TemplateSource(null), BundledDocuments.PinnedDate).Generate(Profile, level, language);
            Assert.True(generated.Succeeded, string.Join("\n", generated.Diagnostics.Select(d => d.Headline)));
            return generated.Required;
        });

    /// <summary>Every text of the profile that the document of <paramref name="level"/> in <paramref name="language"/> holds.</summary>
    public static IReadOnlyList<string> Texts(string level, string language)
    {
        var description = LevelResolver.Resolve(Profile, level, language, BundledDocuments.PinnedDate);
        var texts = new List<string?> { description.Title, description.Level.Name, description.Organisation, description.Notice, description.Purpose.Action, description.Purpose.Aim };
        foreach (var area in description.ResultAreas)
        {
            texts.AddRange([area.Role, area.Statement.Action, area.Statement.Aim, .. area.Tasks]);
        }

        foreach (var criterion in description.Criteria)
        {
            texts.AddRange([criterion.Name, criterion.Text]);
        }

        foreach (var definition in description.Definitions)
        {
            texts.AddRange([definition.Term, definition.Text]);
        }

        return [.. texts.OfType<string>()];
    }

    /// <summary>
    /// The texts of the level and language that <paramref name="readBack"/> (text read back from a
    /// document) lacks, comparing without white space and formatting characters; empty when all are there.
    /// </summary>
    public static IReadOnlyList<string> Missing(string level, string language, string readBack)
    {
        var haystack = Squash(readBack);
        return [.. Texts(level, language).Where(text => !haystack.Contains(Squash(text), StringComparison.Ordinal))];
    }

    /// <summary>Text without white space (a no-break space too) and formatting characters, in NFC.</summary>
    public static string Squash(string text) =>
        WhiteSpace().Replace(FormattingCharacters.Remove(text), string.Empty).Normalize(NormalizationForm.FormC);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
