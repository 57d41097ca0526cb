using JobDescGen.Pdf.Elements;
using JobDescGen.Pdf.Tests.Support;
using static JobDescGen.Pdf.Tests.Layout.LayoutFactory;

namespace JobDescGen.Pdf.Tests.Layout;

/// <summary>What a user's template writes reaches the page: nothing dropped, nothing restyled that should not be.</summary>
public sealed class MarkdownFidelityTests
{
    private static readonly double Width = BundledPdfs.Theme.ContentWidth;

    [Fact]
    public void A_hard_line_break_starts_a_new_line()
    {
        var texts = Draw("Eerste regel  \nTweede regel").Texts;

        Assert.Equal(texts.Single(t => t.Text.StartsWith("Eerste", StringComparison.Ordinal)).X, texts.Single(t => t.Text.StartsWith("Tweede", StringComparison.Ordinal)).X);
        Assert.True(texts.Single(t => t.Text.StartsWith("Tweede", StringComparison.Ordinal)).Baseline > texts.Single(t => t.Text.StartsWith("Eerste", StringComparison.Ordinal)).Baseline);
    }

    [Fact]
    public void A_code_block_keeps_its_lines_and_indentation_flush_left()
    {
        var texts = Draw("```\nif (a)\n    b();\nc();\n```").Texts;

        var lines = texts.GroupBy(t => t.Baseline).OrderBy(g => g.Key).Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Text)).TrimEnd()).ToList();
        Assert.Equal(["if (a)", "\u00A0\u00A0\u00A0\u00A0b();", "c();"], lines);
        Assert.All(texts.Where(t => t.Text.StartsWith("if", StringComparison.Ordinal) || t.Text.StartsWith("c()", StringComparison.Ordinal)), t => Assert.Equal(0, t.X));
    }

    [Fact]
    public void Table_columns_take_the_alignment_the_markdown_asks()
    {
        var texts = Draw("| Naam | Midden | Rechts |\n| --- | :-: | --: |\n| a | b | c |").Texts;

        var b = texts.Single(t => t.Text.Trim() == "b");
        var c = texts.Single(t => t.Text.Trim() == "c");
        var table = Assert.IsType<TableBlock>(FromMarkdown("| Naam | Midden | Rechts |\n| --- | :-: | --: |\n| a | b | c |").Children[0]);
        var row = table.Rows[0];
        Assert.True(b.X > row.CellWidth(Width, 0) + (row.CellWidth(Width, 1) / 3), "the centred cell's text sits in the middle of its column");
        Assert.True(c.X > Width - 30, "the right-aligned cell's text ends at the right edge");
    }

    [Fact]
    public void A_link_shows_its_address_unless_the_text_is_the_address()
    {
        var text = string.Concat(Draw("Zie [het portaal](https://example.org/p) en [https://x.be](https://x.be).").Texts.Select(t => t.Text));

        Assert.Contains("het portaal (https://example.org/p)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://x.be (https://x.be)", text, StringComparison.Ordinal);
        Assert.Contains("https://x.be", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_html_is_shown_as_written()
    {
        var text = string.Concat(Draw("Een <b>vet</b> woord").Texts.Select(t => t.Text));

        Assert.Contains("<b>vet</b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_asterisk_right_after_a_word_in_a_table_is_a_reference_mark()
    {
        var accent = BundledPdfs.Theme.AccentColor;
        var body = Draw("Vijf * drie en \\*ster en woord\\*.").Texts;
        var cell = Draw("| A | B |\n| --- | --- |\n| Medewerkers | gespecialiseerd\\* en 5 \\* 3 |").Texts;

        Assert.DoesNotContain(body, t => t.Style.Color == accent);
        var marks = cell.Where(t => t.Style.Color == accent).ToList();
        var mark = Assert.Single(marks);
        Assert.Equal("*", mark.Text.Trim());
    }

    [Fact]
    public void The_asterisk_before_a_heading_is_drawn_but_not_read_or_bookmarked()
    {
        var recorder = Draw("## \\* Definitie");

        Assert.Contains("*", recorder.ArtifactTexts.Select(t => t.Trim()));
        Assert.Contains("bookmark 2 Definitie", recorder.Events);
    }

    [Fact]
    public void A_list_inside_a_notice_takes_the_notices_type()
    {
        var texts = Draw("> Let op:\n>\n> - eerste punt\n> - tweede punt").Texts;

        var item = texts.Single(t => t.Text.StartsWith("eerste", StringComparison.Ordinal));
        Assert.Equal(BundledPdfs.Theme.NoticeSize, item.Style.Size);
        Assert.True(item.Style.Italic);
    }

    [Fact]
    public void A_nested_list_is_spaced_like_list_items_not_like_paragraphs()
    {
        var texts = Draw("- een\n  - twee\n  - drie\n- vier").Texts;
        double Baseline(string word) => texts.Single(t => t.Text.Trim() == word).Baseline;

        // From "een" to its nested "twee" is the same step as from "twee" to "drie".
        Assert.Equal(Baseline("drie") - Baseline("twee"), Baseline("twee") - Baseline("een"), 3);
        Assert.Equal(Baseline("drie") - Baseline("twee"), Baseline("vier") - Baseline("drie"), 3);
    }

    [Fact]
    public void Only_a_line_of_the_documents_facts_under_the_title_is_its_byline()
    {
        var intro = "Deze inleiding is lang genoeg om geen onderschrift te zijn, want ze legt uit waarom deze functie bestaat, voor wie ze werkt en hoe ze samenhangt met de andere functies van de dienst.";

        Assert.NotNull(Assert.IsType<TitleBlock>(FromMarkdown("# Titel\n\nVersie 1.0 · 28 november 2026").Children[0]).Byline);
        var document = FromMarkdown("# Titel\n\n" + intro);
        Assert.Null(Assert.IsType<TitleBlock>(document.Children[0]).Byline);
        Assert.IsType<ParagraphBlock>(document.Children[1]);
    }

    private static RecordingDrawContext Draw(string markdown)
    {
        var recorder = new RecordingDrawContext();
        FromMarkdown(markdown).Draw(recorder, 0, 0, Width);
        return recorder;
    }
}
