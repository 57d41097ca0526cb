using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace JobDescGen.Rendering;

/// <summary>Lets templates <c>include</c> other templates from the same places the main template comes from.</summary>
internal sealed class TemplateIncludeLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        source.Find(templateName)?.Path
            ?? throw new ScriptRuntimeException(callerSpan, $"no template named '{templateName}' in the templates folder or the built-in templates");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var name = Path.GetFileName(templatePath);
        return source.Find(name)?.Text
            ?? throw new ScriptRuntimeException(callerSpan, $"cannot read template '{templatePath}'");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
