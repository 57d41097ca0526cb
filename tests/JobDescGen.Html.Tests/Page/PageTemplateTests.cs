using JobDescGen.Diagnostics;
using JobDescGen.Html.Tests.Support;
using JobDescGen.Testing;

namespace JobDescGen.Html.Tests.Page;

public sealed class PageTemplateTests : IDisposable
{
    private readonly DirectoryInfo _templates = Directory.CreateTempSubdirectory("jobdescgen-html-templates-");

    public void Dispose() => _templates.Delete(recursive: true);

    [Fact]
    public void A_page_template_with_a_syntax_error_fails_validate_at_its_line_and_column()
    {
        var file = WriteTemplate("<html>\n<body>\n{{ if title }}\n{{ content }}\n</body>\n");

        var (exit, _, stderr) = Support.Cli.Run("validate", RepoPaths.BundledProfile, "--templates", _templates.FullName);

        Assert.Equal(1, exit);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(file)}:\d+:\d+: error: page template syntax error: ", stderr.Split('\n').First(l => l.Contains("page template", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_template_naming_an_unknown_variable_fails_validate_there_with_the_names_it_can_use()
    {
        var file = WriteTemplate("<html>\n<title>{{ title }}</title>\n<body>{{ contents }}</body>\n</html>\n");

        var (exit, _, stderr) = Support.Cli.Run("validate", RepoPaths.BundledProfile, "--templates", _templates.FullName);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:3:10: error: page template error: ", stderr, StringComparison.Ordinal);
        Assert.Contains("contents", stderr, StringComparison.Ordinal);
        Assert.Contains("title_block, content", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_stops_on_a_broken_page_template_and_writes_nothing()
    {
        WriteTemplate("{{ for }}");
        var output = Path.Combine(_templates.FullName, "out");

        var (exit, _, stderr) = Support.Cli.Run("generate", RepoPaths.BundledProfile, "--level", "A1", "--format", "html", "--templates", _templates.FullName, "--output", output + "/");

        Assert.Equal(1, exit);
        Assert.Contains("page template syntax error", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void A_users_page_template_replaces_the_built_in_one()
    {
        WriteTemplate("<!DOCTYPE html>\n<html lang=\"{{ lang }}\"><title>{{ title }}</title><main>{{ content }}</main><p>{{ labels.purpose }} · {{ date }}</p></html>\n");

        var html = HtmlPages.Writer(_templates.FullName).Render(BundledDocuments.Document("A1"));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl-BE\"><title>Leidinggevende — Niveau A1</title><main><aside class=\"notice\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</main><p>Doel · 2026-11-28</p></html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_page_template_loads_without_diagnostics()
    {
        var diagnostics = new DiagnosticBag();

        Assert.NotNull(HtmlDocumentWriter.Create(null, diagnostics));
        Assert.Empty(diagnostics);
    }

    private string WriteTemplate(string text)
    {
        var file = Path.Combine(_templates.FullName, "page.html.sbn");
        File.WriteAllText(file, text);
        return file;
    }
}
