using JobDescGen.Docx;
using JobDescGen.Formats;
using JobDescGen.Html;
using JobDescGen.Pdf;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>
/// The formats the tool offers, in the order help and <c>build</c> list them: the composition root
/// where each format's project registers its <see cref="IOutputFormat"/>.
/// </summary>
public static class ToolFormats
{
    /// <summary>The registry every command asks.</summary>
    public static FormatRegistry Registry { get; } = new([new MarkdownFormat(), new PdfFormat(), new DocxFormat(), new HtmlFormat()]);

    /// <summary>"md (Markdown…), pdf (…)": the values of <c>--format</c> with what each is, for help texts.</summary>
    public static string Described => string.Join("; ", Registry.All.Select(f => $"{f.Name}: {f.Description}"));
}
