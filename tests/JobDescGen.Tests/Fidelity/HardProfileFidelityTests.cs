using JobDescGen.Cli;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Fidelity;

/// <summary>
/// Word fidelity of the hard bilingual profile in Markdown: every text of a level and language comes
/// back from the Markdown as a GitHub-flavoured reader parses it, escapes and all.
/// </summary>
public sealed class HardProfileFidelityTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (level, language) in HardProfile.Cases())
        {
            cases.Add(level, language);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_text_comes_back_from_the_markdown(string level, string language)
    {
        var text = TextNormalizer.MarkdownToText(HardProfile.Document(level, language).Markdown);

        Assert.Empty(HardProfile.Missing(level, language, text));
    }

    [Fact]
    public void The_markdown_keeps_formatting_characters_as_written()
    {
        var markdown = HardProfile.Document("A1", "nl").Markdown;

        Assert.Contains("arbeids\u00ADongevallen\u00ADverzekerings\u00ADmaatschappij", markdown, StringComparison.Ordinal);
        Assert.Contains("Woord\u2060joiners en zero\u200Bwidth", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_finds_a_text_that_is_missing()
    {
        var text = TextNormalizer.MarkdownToText(HardProfile.Document("A1", "nl").Markdown).Replace("🚀", string.Empty, StringComparison.Ordinal);

        Assert.Contains("Leiding geven aan medewerkers die gespecialiseerd* zijn in een domein 🚀.", HardProfile.Missing("A1", "nl", text));
    }

    [Fact]
    public void Validate_finds_nothing_to_say_about_the_profile()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CliApp.Run(["validate", HardProfile.ProfilesFolder], output, error);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
    }
}
