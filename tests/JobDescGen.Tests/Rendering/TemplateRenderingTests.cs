using JobDescGen.Generation;
using JobDescGen.Tests.Support;
using JobDescGen.Rendering;
using Xunit;

using JobDescGen.Testing;

namespace JobDescGen.Tests.Rendering;

/// <summary>User templates, fallback to built-ins, strictness and limits of the Scriban rendering.</summary>
public sealed class TemplateRenderingTests
{
    private static GeneratedDocument Render(TempFolder templates, string level = "A1") =>
        new JobDescriptionGenerator(new TemplateSource(templates.Path), BundledDocuments.PinnedDate).Generate(BundledDocuments.Profile, level);

    [Fact]
    public void A_user_template_replaces_the_built_in_one()
    {
        using var templates = new TempFolder();
        templates.Write("job-description.md.sbn", "# {{ title }} ({{ level.id }})\n\n{{ for c in criteria }}- {{ c.name }}: {{ c.text }}\n{{ end }}");
        var result = Render(templates);
        Assert.True(result.Succeeded);
        Assert.StartsWith("# Leidinggevende (A1)\n\n- Supervisie: Verantwoordelijkheden", result.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_templates_folder_falls_back_to_the_built_in_template()
    {
        using var templates = new TempFolder();
        Assert.Equal(BundledDocuments.Markdown("B"), Render(templates, "B").Markdown);
    }

    [Fact]
    public void Templates_can_include_other_templates_from_the_user_folder()
    {
        using var templates = new TempFolder();
        templates.Write("job-description.md.sbn", "{{ include 'header.sbn' }}\nbody");
        templates.Write("header.sbn", "# {{ title }}");
        Assert.Equal("# Leidinggevende\nbody\n", Render(templates).Markdown);
    }

    [Fact]
    public void Labels_can_be_overridden_key_by_key()
    {
        using var templates = new TempFolder();
        templates.Write("lang/nl.yaml", "labels:\n  purpose: Opdracht\n");
        var markdown = Render(templates).Markdown!;
        Assert.Contains("## Opdracht\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Resultaatgebieden\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_in_a_label_file_is_located()
    {
        using var templates = new TempFolder();
        templates.Write("lang/nl.yaml", "labels:\n  purpse: Opdracht\n");
        var diagnostic = Assert.Single(Render(templates).Diagnostics);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(3, diagnostic.Location.Column);
        Assert.Equal("did you mean 'purpose'?", diagnostic.Hint);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_not_an_empty_string()
    {
        using var templates = new TempFolder();
        templates.Write("job-description.md.sbn", "# {{ title }}\n{{ titel }}\n");
        var result = Render(templates);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((Path.Combine(templates.Path, "job-description.md.sbn"), 2, 4), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("titel", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit()
    {
        using var templates = new TempFolder();
        templates.Write("job-description.md.sbn", "{{ for i in 1..1000000 }}x{{ end }}");
        var result = Render(templates);
        Assert.False(result.Succeeded);
        Assert.Contains("loop", Assert.Single(result.Diagnostics).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Endless_recursion_stops_at_the_recursion_limit()
    {
        using var templates = new TempFolder();
        templates.Write("job-description.md.sbn", "{{ func f(n)\n ret f(n + 1)\nend }}{{ f(1) }}");
        var result = Render(templates);
        Assert.False(result.Succeeded);
        Assert.Contains("recursi", Assert.Single(result.Diagnostics).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_include_is_reported_at_the_include()
    {
        using var templates = new TempFolder();
        templates.Write("job-description.md.sbn", "line one\n{{ include 'nowhere.sbn' }}");
        var diagnostic = Assert.Single(Render(templates).Diagnostics);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Contains("nowhere.sbn", diagnostic.Message, StringComparison.Ordinal);
    }
}
