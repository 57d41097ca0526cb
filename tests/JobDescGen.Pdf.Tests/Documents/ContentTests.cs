using JobDescGen.Pdf.Tests.Support;

namespace JobDescGen.Pdf.Tests.Documents;

public sealed class ContentTests
{
    public static TheoryData<string> Levels => [.. BundledPdfs.Levels];

    [Theory]
    [MemberData(nameof(Levels))]
    public void Every_sentence_of_the_level_is_in_its_pdf(string level)
    {
        var (markdown, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, level);
        var text = PdfText.Normalize(PdfText.Words(pdf));

        var missing = ProfileTexts.Of(markdown.Description).Select(PdfText.Normalize).Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Tagged_content_has_every_sentence_with_its_spaces_also_at_line_breaks(string level)
    {
        var (markdown, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, level);
        var text = PdfText.Normalize(PdfText.DrawnContentText(pdf));

        var missing = ProfileTexts.Of(markdown.Description).Select(PdfText.Normalize).Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_criteria_of_other_levels_are_not_in_the_pdf(string level)
    {
        var (markdown, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, level);
        var text = PdfText.Normalize(PdfText.Words(pdf));
        var own = markdown.Description.Criteria.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var others = BundledPdfs.Levels.Where(l => l != level)
            .SelectMany(l => BundledPdfs.Generate(BundledPdfs.Bundled, l).Description.Criteria.Select(c => c.Text))
            .Where(t => !own.Contains(t))
            .Distinct()
            .ToList();

        Assert.NotEmpty(others);
        Assert.DoesNotContain(others, t => text.Contains(PdfText.Normalize(t), StringComparison.Ordinal));
    }

    [Fact]
    public void The_stress_profile_loses_no_text()
    {
        var (markdown, pdf) = BundledPdfs.Get(BundledPdfs.Stress, "A1");

        // A word wider than its column is cut across lines, so compare without white space, in
        // document order, leaving out the furniture that interrupts text continued on the next page.
        var text = PdfText.Squeeze(PdfText.ContentWords(pdf));
        var position = 0;
        var missing = new List<string>();
        var description = markdown.Description;
        foreach (var sentence in new[] { description.Notice!, description.Purpose.Action, description.Purpose.Aim }.Concat(ProfileTexts.Of(description).Skip(5)))
        {
            var found = text.IndexOf(PdfText.Squeeze(sentence), position, StringComparison.Ordinal);
            if (found < 0)
            {
                missing.Add(sentence);
            }
            else
            {
                position = found;
            }
        }

        Assert.Empty(missing);
        Assert.True(PdfText.PageCount(pdf) >= 6, "the stress profile should span many pages");
    }

    [Fact]
    public void Text_reads_in_order_with_words_separated_and_accents_intact()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Bundled, "A1");
        var text = PdfText.Normalize(PdfText.Words(pdf));

        var order = new[] { "Omwille van de leesbaarheid", "Doel", "Resultaatgebieden", "Als coördinator", "Als kennisbeheerder (facultatief)", "Onderscheidende criteria", "Supervisie", "Contacten", "Definitie" }
            .Select(s => text.IndexOf(s, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("« medewerker », « chef » of « gebruiker »", text, StringComparison.Ordinal);
        Assert.Contains("Situaties ter plaatse verifiëren.", text, StringComparison.Ordinal);
        Assert.Contains("specialisatie: duidelijk afgebakende kennis", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Footer_counts_pages_and_header_starts_on_page_two()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Stress, "A1");
        var theme = BundledPdfs.Theme;
        var pages = PdfText.PageCount(pdf);

        for (var page = 1; page <= pages; page++)
        {
            var header = PdfText.BandWords(pdf, page, theme.PageHeight - theme.Margins.Top, theme.PageHeight);
            var footer = PdfText.BandWords(pdf, page, 0, theme.Margins.Bottom);
            Assert.Equal(page == 1 ? string.Empty : "Stresstest opmaak — Niveau A1", header);
            Assert.EndsWith($"Pagina {page} van {pages}", footer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Furniture_is_marked_as_artifacts_so_readers_skip_it()
    {
        var (_, pdf) = BundledPdfs.Get(BundledPdfs.Stress, "A1");
        var all = PdfText.Words(pdf);
        var content = PdfText.ContentWords(pdf);

        Assert.Contains("Pagina 2 van", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Pagina", content, StringComparison.Ordinal);

        // The criteria table's header is tagged once; its repeats on later pages are artifacts.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(content, "Criterium Niveau A1"));
    }
}
