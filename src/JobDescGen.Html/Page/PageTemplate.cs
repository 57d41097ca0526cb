using JobDescGen.Diagnostics;
using JobDescGen.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace JobDescGen.Html.Page;

/// <summary>
/// The page shell around an HTML job description: the Scriban template <c>page.html.sbn</c>, from
/// the user's templates folder or the built-in one. Loading parses it and renders it once over a
/// sample page, so a broken shell is a located error at <c>validate</c>, not at write time.
/// </summary>
internal sealed class PageTemplate
{
    /// <summary>The page template's file name in the templates folder.</summary>
    public const string FileName = "page.html.sbn";

    private readonly Template _template;
    private readonly TemplateSource _source;

    private PageTemplate(Template template, TemplateSource source)
    {
        _template = template;
        _source = source;
    }

    /// <summary>The page template; null, with located diagnostics, when it cannot be read, parsed or rendered.</summary>
    public static PageTemplate? Load(string? userTemplatesDirectory, DiagnosticBag diagnostics)
    {
        var source = new TemplateSource(userTemplatesDirectory);
        var errors = new DiagnosticBag();
        var found = source.Find(FileName, errors);
        if (found is null)
        {
            if (errors.Count == 0)
            {
                errors.Error(SourceLocation.FileOnly(FileName), $"the built-in {FileName} is missing from the tool", "this is a bug in jobdescgen; please report it");
            }

            diagnostics.AddRange(errors);
            return null;
        }

        var template = Template.Parse(found.Value.Text, found.Value.Path);
        if (template.HasErrors)
        {
            // Scriban can report one mistake several times at the same spot; print it once.
            foreach (var message in template.Messages.DistinctBy(m => (m.Span.Start.Line, m.Span.Start.Column, m.Message)))
            {
                diagnostics.Error(Locate(message.Span), "page template syntax error: " + message.Message, "see the Scriban language reference for the statement at this spot");
            }

            return null;
        }

        var page = new PageTemplate(template, source);
        var trial = page.TryRender(PageModel.Sample(LabelKeys.Of(userTemplatesDirectory)));
        if (trial.Error is { } error)
        {
            diagnostics.Add(error);
            return null;
        }

        return page;
    }

    /// <summary>The page for <paramref name="model"/>.</summary>
    /// <exception cref="InvalidOperationException">The template failed on this document though it rendered the sample page.</exception>
    public string Render(PageModel model)
    {
        var result = TryRender(model);
        return result.Text ?? throw new InvalidOperationException(result.Error!.Headline);
    }

    private (string? Text, Diagnostic? Error) TryRender(PageModel model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = JobDescriptionRenderer.LoopLimit,
            RecursiveLimit = JobDescriptionRenderer.RecursionLimit,
            TemplateLoader = new TemplateIncludeLoader(_source),
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model.Globals);
        try
        {
            return (_template.Render(context), null);
        }
        catch (ScriptRuntimeException exception)
        {
            var error = new Diagnostic(
                DiagnosticSeverity.Error,
                Locate(exception.Span),
                "page template error: " + exception.OriginalMessage,
                "the README's 'HTML' section lists the variables page.html.sbn can use: " + string.Join(", ", PageModel.Names));
            return (null, error);
        }
    }

    private static SourceLocation Locate(SourceSpan span) =>
        new(span.FileName ?? FileName, span.Start.Line + 1, span.Start.Column + 1);
}
