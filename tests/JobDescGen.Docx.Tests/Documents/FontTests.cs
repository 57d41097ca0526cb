using DocumentFormat.OpenXml.Wordprocessing;
using JobDescGen.Diagnostics;
using JobDescGen.Docx.Tests.Support;
using JobDescGen.Pdf.Theme;
using JobDescGen.Testing;

namespace JobDescGen.Docx.Tests.Documents;

/// <summary>The fonts of the DOCX come from theme.yaml: the text family with its metric twin, and the PDF's fallback families for symbols and emoji.</summary>
public sealed class FontTests
{
    [Fact]
    public void The_theme_family_is_on_the_document_defaults_with_its_metric_twin_in_the_font_table()
    {
        using var document = BundledDocx.Open(BundledDocx.Bytes("A1"));
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        var table = document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.AltName?.Val?.Value);

        Assert.Equal(("Carlito", "Carlito"), (defaults.Ascii!.Value, defaults.HighAnsi!.Value));
        Assert.Equal("Calibri", table["Carlito"]);
        Assert.Equal("Carlito", table["Calibri"]);
        Assert.Equal("Segoe UI Symbol", table["Symbola"]);
        Assert.Contains("DejaVu Sans", table.Keys);
    }

    [Fact]
    public void Symbols_and_emoji_are_runs_in_the_fallback_family_the_pdf_draws_them_with()
    {
        using var document = BundledDocx.Open(BundledDocx.Writer.Write(HardProfile.Document("A1", "nl")));
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>()
            .Select(r => (Text: string.Concat(r.Elements<Text>().Select(t => t.Text)), Font: r.RunProperties?.RunFonts?.Ascii?.Value))
            .ToList();

        Assert.Contains(("🚀", "Symbola"), runs);
        Assert.Contains(("✔", "DejaVu Sans"), runs);
        Assert.DoesNotContain(runs, r => r.Font is not null && r.Text.Any(char.IsLetter));
    }

    [Fact]
    public void A_theme_with_another_family_sets_it_on_the_document_defaults()
    {
        var folder = Directory.CreateTempSubdirectory("jobdescgen-docx-theme-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, ThemeLoader.FileName), "font:\n  family: DejaVu Sans\n  fallback: [Symbola]\n");
            var diagnostics = new DiagnosticBag();
            var writer = DocxDocumentWriter.Create(folder.FullName, diagnostics)!;

            using var document = BundledDocx.Open(writer.Write(BundledDocuments.Document("A1")));
            var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;

            Assert.Empty(diagnostics);
            Assert.Equal("DejaVu Sans", defaults.Ascii!.Value);
            Assert.Equal("Verdana", document.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "DejaVu Sans").AltName!.Val!.Value);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
