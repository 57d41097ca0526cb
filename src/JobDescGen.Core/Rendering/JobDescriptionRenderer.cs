using JobDescGen.Diagnostics;
using JobDescGen.Resolving;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace JobDescGen.Rendering;

/// <summary>
/// Renders a resolved level into Markdown with a Scriban template. Strict: an unknown variable is an
/// error rather than an empty string, and loops and recursion are bounded so a broken user template
/// cannot hang a CI job.
/// </summary>
public sealed class JobDescriptionRenderer
{
    /// <summary>The most iterations one loop of a template may run.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>The deepest include or function recursion a template may reach.</summary>
    public const int RecursionLimit = 64;

    private readonly TemplateSource _source;
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates a renderer over the templates of <paramref name="source"/>.</summary>
    public JobDescriptionRenderer(TemplateSource source) => _source = source;

    /// <summary>The templates this renderer uses.</summary>
    public TemplateSource Source => _source;

    /// <summary>Renders <paramref name="description"/> with the template <paramref name="templateName"/>.</summary>
    public RenderResult Render(LevelDescription description, LanguagePack language, string templateName = TemplateSource.JobDescriptionTemplate)
    {
        var diagnostics = new DiagnosticBag();
        var template = Parse(templateName, diagnostics);
        if (template is null)
        {
            return new RenderResult(null, diagnostics);
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            TemplateLoader = new TemplateIncludeLoader(_source),
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(TemplateModelBuilder.Build(description, language));
        try
        {
            return new RenderResult(MarkdownTidier.Tidy(template.Render(context)), diagnostics);
        }
        catch (ScriptRuntimeException exception)
        {
            diagnostics.Error(Locate(exception.Span), "template error: " + exception.OriginalMessage, HintFor(exception.OriginalMessage));
            return new RenderResult(null, diagnostics);
        }
    }

    private Template? Parse(string name, DiagnosticBag diagnostics)
    {
        var found = _source.Find(name);
        if (found is null)
        {
            diagnostics.Error(
                SourceLocation.FileOnly(_source.UserDirectory is null ? name : Path.Combine(_source.UserDirectory, name)),
                $"no template named '{name}'",
                "check the name, or run 'jobdescgen init' to get the built-in templates to start from");
            return null;
        }

        Template template;
        lock (_gate)
        {
            // Parsed templates are reused across documents: parsing dominates the cost of a small render.
            if (!_parsed.TryGetValue(name, out template!))
            {
                template = Template.Parse(found.Value.Text, found.Value.Path);
                _parsed[name] = template;
            }
        }

        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages)
        {
            diagnostics.Error(Locate(message.Span), "template syntax error: " + message.Message, "see the Scriban language reference for the statement at this spot");
        }

        return null;
    }

    private static SourceLocation Locate(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    private static string HintFor(string message) =>
        message.Contains("member", StringComparison.OrdinalIgnoreCase) || message.Contains("not found", StringComparison.OrdinalIgnoreCase)
            ? "templates see: title, level, date, date_long, version, organisation, notice, purpose, result_areas, criteria, definitions, labels, language, profile_id (README, 'Template variables', lists their fields)"
            : "check the expression at this spot; the README's 'Templates' section lists what templates can use";
}
