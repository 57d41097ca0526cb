using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Terminal.Tests.Compare;

/// <summary><c>--compare</c>: two levels side by side or one after the other, differing criteria marked.</summary>
public sealed class CompareTests
{
    private static string Compare(string level, string other, int width, bool color = false, string? profile = null)
    {
        var frame = new PreviewBuilder(PreviewTheme.Default).Build(Requests.For(level, other, profile));
        Assert.NotNull(frame.Document);
        return Render.ToText(frame.Document, width, color);
    }

    [Theory]
    [InlineData("A1", "A2", 120, false)]
    [InlineData("A1", "A2", 120, true)]
    [InlineData("B", "A1", 80, false)]
    [InlineData("C", "B", 40, false)]
    public void Comparison_matches_snapshot(string level, string other, int width, bool color)
    {
        Snapshot.Match(Compare(level, other, width, color), $"compare.{level}-{other}.w{width}.{(color ? "color" : "plain")}");
    }

    [Fact]
    public void Marks_exactly_the_criteria_whose_text_differs()
    {
        // From the seed's table: A1 and A2 share the cells of Supervisie and Oplossingen, and no other.
        string[] differing = ["Coördinatie", "Medewerkers", "Verbetering", "Contacten"];
        string[] same = ["Supervisie", "Oplossingen"];

        // Below 60 columns each document has its own table, so each criterion is there twice.
        var lines = Render.Lines(Compare("A1", "A2", 59));

        foreach (var name in differing)
        {
            Assert.Equal(2, lines.Count(l => l.StartsWith($"│ ≠ {name} ")));
        }

        foreach (var name in same)
        {
            Assert.Equal(2, lines.Count(l => l.StartsWith($"│ {name} ")));
        }

        Assert.Contains("≠ verschilt van Niveau A2", lines);
        Assert.Contains("≠ verschilt van Niveau A1", lines);
    }

    [Fact]
    public void Stands_side_by_side_on_wide_terminals_with_one_criteria_table_for_both()
    {
        var lines = Render.Lines(Compare("A1", "A2", 120));

        Assert.StartsWith("Leidinggevende — Niveau A1", lines[0]);
        Assert.EndsWith("│  Leidinggevende — Niveau A2", lines[0]);
        // The two criteria tables become one, a column per level, so each criterion is on one row.
        Assert.Single(lines, l => l.StartsWith("╭"));
        Assert.Single(lines, l => l.StartsWith("│ Criterium ") && l.Contains("│ Niveau A1 ") && l.Contains("│ Niveau A2 "));
        var row = Array.FindIndex(lines, l => l.StartsWith("│ ≠ Coördinatie │"));
        Assert.Contains("De activiteiten van het team", lines[row]);
        Assert.Contains("De activiteiten van een of meerdere", lines[row]);
        Assert.Single(lines, l => l.StartsWith("│ Supervisie "));
    }

    [Fact]
    public void Follows_one_after_the_other_on_narrow_terminals()
    {
        var lines = Render.Lines(Compare("A1", "A2", 80));

        Assert.Equal("Leidinggevende — Niveau A1", lines[0]);
        var rule = Array.FindIndex(lines, l => l.StartsWith("── Niveau A2 ──"));
        Assert.True(rule > 0);
        Assert.Equal("Leidinggevende — Niveau A2", lines[rule + 2]);
    }

    [Theory]
    [InlineData(85, true)]
    [InlineData(99, true)]
    [InlineData(70, false)]
    public void From_60_columns_the_first_document_shows_the_merged_criteria_table(int width, bool bordered)
    {
        var lines = Render.Lines(Compare("A1", "A2", width));
        var rule = Array.FindIndex(lines, l => l.StartsWith("── Niveau A2 ──"));

        // Both levels' criteria in the first document, row by row (bordered) or cell by cell (stacked);
        // the second document keeps its own table.
        var merged = bordered
            ? Array.FindIndex(lines, l => l.StartsWith("│ Criterium ") && l.Contains("│ Niveau A1 ") && l.Contains("│ Niveau A2 "))
            : Array.FindIndex(lines, l => l == "Criterium · Niveau A1 · Niveau A2");
        Assert.InRange(merged, 1, rule);
        Assert.Contains(lines[..rule], l => l.Contains("≠ verschilt van Niveau A2"));
        Assert.All(lines, line => Assert.True(line.Length <= width, line));
    }

    [Fact]
    public void Below_60_columns_each_document_keeps_its_own_table()
    {
        var lines = Render.Lines(Compare("A1", "A2", 59));

        Assert.DoesNotContain(lines, l => l.Contains("Niveau A1 · Niveau A2"));
    }

    [Fact]
    public void Side_by_side_pairs_sections_by_heading_when_one_level_leaves_an_area_out()
    {
        using var sandbox = new ProfileSandbox();
        File.AppendAllText(sandbox.InProfile("levels", "A2.yaml"), "omit_areas: [medewerker]\n");

        var lines = Render.Lines(Compare("A1", "A2", 120, profile: sandbox.Profile));

        // The area both levels have after the omitted one still starts on one line in both halves.
        Assert.Single(lines, l => l.StartsWith("┊ ▸ Als kennisbeheerder (facultatief)") && l.Contains("│  ┊ ▸ Als kennisbeheerder (facultatief)"));
        Assert.Contains(lines, l => l.StartsWith("┊ ▸ Als medewerker (facultatief)") && l.TrimEnd().EndsWith("│"));
        Assert.Single(lines, l => l.StartsWith("Onderscheidende criteria") && l.EndsWith("│  Onderscheidende criteria"));
    }
}
