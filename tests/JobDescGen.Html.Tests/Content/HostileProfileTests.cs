using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Content;

/// <summary>
/// A profile whose organisation and title carry markup, quotes and a style-closing tag: each place
/// they reach (title, meta attributes, byline, footer, CSS strings) shows them as the text they are.
/// </summary>
public sealed class HostileProfileTests : IDisposable
{
    private const string Organisation = "FOD <script>alert(1)</script> & \"Co\" 'x' </style><img src=https://example.invalid/x.png>";
    private const string Title = "Leiding\u00ADgevende";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("jobdescgen-html-hostile-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Markup_and_quotes_in_profile_texts_stay_text_everywhere_they_appear()
    {
        var page = HtmlPages.Parse(HtmlPages.Html(Document()));

        Assert.Empty(page.QuerySelectorAll("script, img"));
        Assert.Equal(Organisation, page.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.EndsWith(Organisation, page.QuerySelector("p.byline")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(Organisation, page.QuerySelector("footer")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(Title + " — Niveau A1", page.Title);
        Assert.Equal(Title + " — Niveau A1", page.QuerySelector("h1")!.TextContent);

        // One style element whose text ends where the page's own stylesheet ends.
        var style = Assert.Single(page.QuerySelectorAll("style")).TextContent;
        Assert.EndsWith("}\n", style, StringComparison.Ordinal);
        Assert.Contains("\\3C /style\\3E ", style, StringComparison.Ordinal);
    }

    private Marking.RenderedDocument Document()
    {
        var profiles = FolderCopy.Copy(RepoPaths.Profiles, Path.Combine(_folder.FullName, "profiles"));
        var file = Path.Combine(profiles, "leidinggevende", "profile.yaml");
        var yaml = File.ReadAllText(file)
            .Replace("  nl: FOD Beleid en Ondersteuning\n", $"  nl: '{Organisation.Replace("'", "''", StringComparison.Ordinal)}'\n", StringComparison.Ordinal)
            .Replace("  nl: Leidinggevende\n", $"  nl: \"{Title}\"\n", StringComparison.Ordinal);
        File.WriteAllText(file, yaml);
        return BundledDocuments.Generate(BundledDocuments.LoadProfile(Path.Combine(profiles, "leidinggevende")), "A1").Required;
    }
}
