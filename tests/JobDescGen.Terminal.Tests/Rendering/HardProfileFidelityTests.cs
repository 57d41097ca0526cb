using JobDescGen.Terminal.Rendering;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Terminal.Tests.Rendering;

/// <summary>
/// The hard bilingual profile in the terminal preview: every text of a level and language appears,
/// no formatting character is printed (terminals draw some as boxes), and no word is broken at one.
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
    public void Every_text_appears_and_no_formatting_character_is_printed(string level, string language)
    {
        // Wide enough that table cells are not wrapped beside each other.
        var text = Render.ToText(new TerminalDocumentRenderer(PreviewTheme.Default).Render(HardProfile.Document(level, language)), 400);

        Assert.Empty(HardProfile.Missing(level, language, text));
        Assert.DoesNotContain(text, c => c is '\u00AD' or '\u2060' or '\u200B' or '\u200D' or '\u200E');
    }

    [Fact]
    public void A_long_compound_with_soft_hyphens_is_never_broken_in_the_preview()
    {
        var text = Render.ToText(new TerminalDocumentRenderer(PreviewTheme.Default).Render(HardProfile.Document("A1", "nl")), 50);

        Assert.Contains("arbeidsongevallenverzekeringsmaatschappij", text, StringComparison.Ordinal);
        Assert.Contains("Woordjoiners", text, StringComparison.Ordinal);
    }
}
