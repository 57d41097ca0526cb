using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using JobDescGen.Diagnostics;
using JobDescGen.Resolving;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace JobDescGen.Rendering;

/// <summary>
/// Renders a resolved level into Markdown with a Scriban template. Strict: an unknown variable is an
/// error rather than an empty string, and loops, recursion, render time and output length are
/// bounded so a broken user template cannot hang a CI job or cut a document short unnoticed.
/// </summary>
public sealed class JobDescriptionRenderer
{
    /// <summary>The most iterations one loop of a template may run.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>The deepest include or function recursion a template may reach.</summary>
    public const int RecursionLimit = 64;

    /// <summary>The longest one render may run: a template that recurses exponentially would otherwise run for ever.</summary>
    public static readonly TimeSpan RenderTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>The most characters one document may have (4 Mi; the bundled one has about 12,000).</summary>
    public const int OutputLimit = 4 * 1024 * 1024;

    private readonly TemplateSource _source;
    private readonly ConcurrentDictionary<string, Lazy<ParsedTemplate>> _parsed = new(StringComparer.Ordinal);

    // A template that ran out of time once fails every later render of the run at once, so a
    // hostile template costs one time budget per build, not one per document.
    private readonly ConcurrentDictionary<string, Diagnostic> _timedOut = new(StringComparer.Ordinal);

    /// <summary>Creates a renderer over the templates of <paramref name="source"/>.</summary>
    public JobDescriptionRenderer(TemplateSource source) => _source = source;

    /// <summary>Renders <paramref name="description"/> with the template <paramref name="templateName"/>.</summary>
    /// <param name="description">The level to render.</param>
    /// <param name="language">Its labels.</param>
    /// <param name="templateName">The template.</param>
    /// <param name="subject">What is rendered, as a limit error names it ("profiles/x/levels/A1.yaml (profile 'x', level A1)"); null to name nothing.</param>
    public RenderResult Render(LevelDescription description, LanguagePack language, string templateName = TemplateSource.JobDescriptionTemplate, string? subject = null) =>
        Render(TemplateModelBuilder.Build(description, language), templateName, subject);

    /// <summary>Renders the template <paramref name="templateName"/> over the variables <paramref name="model"/> (the overview has its own model).</summary>
    /// <param name="model">The template's variables.</param>
    /// <param name="templateName">The template.</param>
    /// <param name="subject">What is rendered, named by an error about a limit: a profile's data can make a loop long.</param>
    public RenderResult Render(ScriptObject model, string templateName, string? subject = null)
    {
        // Parsed once per renderer and shared: parsing dominates the cost of a small render, and a
        // parsed Scriban template may be rendered from many threads, each with its own context.
        var parsed = _parsed.GetOrAdd(templateName, name => new Lazy<ParsedTemplate>(() => Parse(name))).Value;
        if (parsed.Template is null)
        {
            return new RenderResult(null, parsed.Diagnostics);
        }

        if (_timedOut.TryGetValue(templateName, out var timedOut))
        {
            return new RenderResult(null, [timedOut]);
        }

        using var budget = new CancellationTokenSource(RenderTimeLimit);
        var context = new BoundedTemplateContext(new LazyBuiltins(), RenderTimeLimit)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            TemplateLoader = new TemplateIncludeLoader(_source),
            MemberRenamer = member => member.Name,
            CancellationToken = budget.Token,

            // Scriban's default cuts output and strings at 1 MiB and appends "…" without a word.
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        context.PushGlobal(model);
        try
        {
            var markdown = parsed.Template.Render(context);
            return ControlCharacters.IndexOfUnsafe(markdown) is var index and >= 0
                ? new RenderResult(null, [ControlCharacterError(templateName, markdown[index])])
                : new RenderResult(MarkdownTidier.Tidy(markdown), []);
        }
        catch (ScriptRuntimeException exception) when (budget.IsCancellationRequested || IsRegexTimeout(exception))
        {
            var diagnostic = new Diagnostic(
                DiagnosticSeverity.Error,
                Locate(exception.Span),
                $"template error: the template '{templateName}' ran longer than the {RenderTimeLimit.TotalSeconds:0} s render time limit (stopped here){While(subject)}",
                IsRegexTimeout(exception)
                    ? "the regular expression here backtracks without end on this text: avoid nested repeats such as (a+)+, or match the text another way"
                    : "look for a function that calls itself more than once, or a loop that grows what it loops over");
            _timedOut.TryAdd(templateName, diagnostic);
            return new RenderResult(null, [diagnostic]);
        }
        catch (ScriptRuntimeException exception) when (exception.OriginalMessage.Contains("OutputLimit", StringComparison.Ordinal) || exception.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal))
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(
                Locate(exception.Span),
                $"template error: the document from '{templateName}' is longer than the {OutputLimit:N0}-character limit (stopped here){While(subject)}",
                "a job description is a few pages: look for a loop that writes far more than it should");
            return new RenderResult(null, diagnostics);
        }
        catch (ScriptRuntimeException exception)
        {
            var diagnostics = new DiagnosticBag();
            // A loop or recursion limit is met with some data, not with all: say whose.
            // ("Exceeding number of iteration limit `10000` ...", "Range expression exceeds LoopLimit `10000`").
            var limit = exception.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase);
            diagnostics.Error(
                Locate(exception.Span),
                "template error: " + (limit ? exception.OriginalMessage.TrimEnd('.') + While(subject) : exception.OriginalMessage),
                limit
                    ? $"a loop may run {LoopLimit:N0} times and calls nest {RecursionLimit} deep: look for a loop over data that grows (a range built from a profile's value), or a function that calls itself without end"
                    : TemplateErrorHints.For(exception.OriginalMessage, model));
            return new RenderResult(null, diagnostics);
        }
    }

    // Profile texts cannot hold control characters (the loader refuses them); a template that
    // writes one would carry escape sequences into every document and terminal preview.
    private Diagnostic ControlCharacterError(string templateName, char c) => new(
        DiagnosticSeverity.Error,
        SourceLocation.FileOnly(_source.UserDirectory is null ? templateName : Path.Combine(_source.UserDirectory, templateName)),
        $"template error: the template '{templateName}' writes the control character {ControlCharacters.Describe(c)} into the document",
        "remove the escape (\\x1b, \\u001b, ...) from the template: documents hold text, not terminal codes");

    private ParsedTemplate Parse(string name)
    {
        var diagnostics = new DiagnosticBag();
        var found = _source.Find(name, diagnostics);
        if (found is null)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Error(
                    SourceLocation.FileOnly(_source.UserDirectory is null ? name : Path.Combine(_source.UserDirectory, name)),
                    $"no template named '{name}'",
                    "check the name, or run 'jobdescgen init' to get the built-in templates to start from");
            }

            return new ParsedTemplate(null, [.. diagnostics]);
        }

        var template = Template.Parse(found.Value.Text, found.Value.Path);
        if (!template.HasErrors)
        {
            return new ParsedTemplate(template, []);
        }

        // Scriban can report one mistake several times at the same spot; print it once.
        foreach (var message in template.Messages.DistinctBy(m => (m.Span.Start.Line, m.Span.Start.Column, m.Message)))
        {
            diagnostics.Error(Locate(message.Span), "template syntax error: " + message.Message, "see the Scriban language reference for the statement at this spot");
        }

        return new ParsedTemplate(null, [.. diagnostics]);
    }

    private static string While(string? subject) => subject is null ? string.Empty : $", while rendering {subject}";

    private static bool IsRegexTimeout(Exception exception) =>
        exception is RegexMatchTimeoutException || (exception.InnerException is { } inner && IsRegexTimeout(inner));

    private static SourceLocation Locate(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);

    private sealed record ParsedTemplate(Template? Template, IReadOnlyList<Diagnostic> Diagnostics);
}
