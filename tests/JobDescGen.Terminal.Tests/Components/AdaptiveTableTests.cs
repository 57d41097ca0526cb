using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Spectre.Console;
using Xunit;

namespace JobDescGen.Terminal.Tests.Components;

public sealed class AdaptiveTableTests
{
    private static AdaptiveTable Table(params string[] headers) => new(
        headers,
        [new AdaptiveTableRow([.. headers.Select((_, i) => new WrappedText(i == 0 ? "Naam" : $"tekst van kolom {i} die lang genoeg is om te wrappen", Style.Plain))])],
        PreviewTheme.Default);

    [Fact]
    public void Is_a_bordered_table_when_the_text_column_gets_its_minimum()
    {
        // "│ Criterium │ " + 30 + " │" = 2 + 9 + 3 + 30 + 2 = 46.
        var text = Render.ToText(Table("Criterium", "Niveau"), 46);

        Assert.StartsWith("╭", text);
        Assert.All(Render.Lines(text), line => Assert.Equal(46, line.Length));
    }

    [Fact]
    public void Stacks_when_one_column_less_would_squeeze_the_text()
    {
        var text = Render.ToText(Table("Criterium", "Niveau"), 45);

        Assert.DoesNotContain("╭", text);
        Assert.StartsWith("Criterium · Niveau\n", text);
        Assert.Contains("\nNaam\n  tekst van kolom 1", text);
    }

    [Fact]
    public void Stacked_cells_of_wide_tables_are_labelled_with_their_header()
    {
        var text = Render.ToText(Table("Criterium", "C", "B"), 40);

        Assert.Contains("\n  C\n  tekst van kolom 1", text);
        Assert.Contains("\n  B\n  tekst van kolom 2", text);
    }
}
