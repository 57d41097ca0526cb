using JobDescGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace JobDescGen.Rendering;

/// <summary>Lets templates <c>include</c> other templates from the same places the main template comes from.</summary>
public sealed class TemplateIncludeLoader(TemplateSource source) : ITemplateLoader
{
    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Find(callerSpan, templateName).Path;

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        Find(callerSpan, Path.GetFileName(templatePath)).Text;

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));

    private (string Path, string Text) Find(SourceSpan callerSpan, string name)
    {
        // Scriban reports include failures as runtime errors at the include: raise one with our reason.
        var diagnostics = new DiagnosticBag();
        return source.Find(name, diagnostics)
            ?? throw new ScriptRuntimeException(
                callerSpan,
                diagnostics.Count > 0
                    ? $"cannot include '{name}': {diagnostics[0].Message} ({diagnostics[0].Location})"
                    : $"no template named '{name}' in the templates folder or the built-in templates");
    }
}
