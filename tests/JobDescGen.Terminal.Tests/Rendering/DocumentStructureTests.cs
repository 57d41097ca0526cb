using JobDescGen.Terminal.Rendering;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Xunit;

using JobDescGen.Testing;

namespace JobDescGen.Terminal.Tests.Rendering;

/// <summary>The parts of the document a reader relies on: optional areas, the table's layouts, definitions, bullets.</summary>
public sealed class DocumentStructureTests
{
    private static string[] Lines(string level, int width) =>
        Render.Lines(Render.ToText(new TerminalDocumentRenderer(PreviewTheme.Default).Render(BundledDocuments.Document(level)), width));

    [Fact]
    public void Optional_areas_carry_a_bar_from_their_title_down_to_the_next_area()
    {
        var lines = Lines("A1", 80);
        var start = Array.FindIndex(lines, l => l.StartsWith("┊ ▸ Als medewerker (facultatief) ", StringComparison.Ordinal));
        var next = Array.FindIndex(lines, l => l.StartsWith("┊ ▸ Als kennisbeheerder (facultatief) ", StringComparison.Ordinal));

        Assert.True(start > 0 && next > start);
        Assert.All(lines[start..(next - 1)], line => Assert.StartsWith("┊", line));
        Assert.Equal(string.Empty, lines[next - 1]);
        Assert.DoesNotContain(lines[..start], line => line.StartsWith('┊'));
    }

    [Fact]
    public void Sub_headings_and_bold_labels_keep_a_mark_in_plain_text()
    {
        var lines = Lines("A1", 80);

        Assert.Contains(lines, l => l.StartsWith("▸ Als coördinator de dagelijkse activiteiten", StringComparison.Ordinal));
        var label = Array.IndexOf(lines, "Voorbeelden van taken");
        Assert.True(label > 0);
        Assert.Equal(new string('·', "Voorbeelden van taken".Length), lines[label + 1]);
    }

    [Fact]
    public void Criteria_are_a_bordered_table_at_80_columns()
    {
        var lines = Lines("A1", 80);

        Assert.Contains(lines, l => l.StartsWith("╭") && l.Contains('┬'));
        Assert.Contains(lines, l => l.StartsWith("│ Supervisie  │ Verantwoordelijkheden"));
    }

    [Fact]
    public void Criteria_are_stacked_at_40_columns()
    {
        var lines = Lines("A1", 40);

        Assert.DoesNotContain(lines, l => l.Contains('╭'));
        var name = Array.IndexOf(lines, "Supervisie");
        Assert.True(name > 0);
        Assert.StartsWith("  Verantwoordelijkheden", lines[name + 1]);
    }

    [Fact]
    public void Definitions_show_the_term_with_its_text_indented_below()
    {
        var lines = Lines("A1", 80);
        var term = Array.IndexOf(lines, "specialisatie:");

        Assert.True(term > 0);
        Assert.StartsWith("  duidelijk afgebakende kennis", lines[term + 1]);
        Assert.Contains(lines, l => l == "* Definitie");
    }

    [Fact]
    public void Wrapped_bullets_hang_under_their_text()
    {
        var lines = Lines("A1", 40);
        var bullet = Array.FindIndex(lines, l => l.StartsWith("• De operationele prioriteiten"));

        Assert.True(bullet > 0);
        Assert.StartsWith("  ", lines[bullet + 1]);
        Assert.NotEqual(' ', lines[bullet + 1][2]);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("B")]
    [InlineData("A1")]
    [InlineData("A2")]
    public void Definitions_appear_exactly_when_the_level_references_a_term(string level)
    {
        var hasDefinitions = BundledDocuments.Document(level).Description.Definitions.Count > 0;

        Assert.Equal(hasDefinitions, Lines(level, 80).Contains("* Definitie"));
    }
}
