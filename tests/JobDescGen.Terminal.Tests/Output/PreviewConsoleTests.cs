using JobDescGen.Terminal.Output;
using JobDescGen.Terminal.Rendering;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Xunit;

using JobDescGen.Testing;

namespace JobDescGen.Terminal.Tests.Output;

public sealed class PreviewConsoleTests
{
    private static readonly Spectre.Console.Rendering.IRenderable Document =
        new TerminalDocumentRenderer(PreviewTheme.Default).Render(BundledDocuments.Document("A1"));

    [Fact]
    public void Plain_text_has_no_escape_sequence_and_matches_the_colour_rendering_character_for_character()
    {
        var plain = PreviewConsole.Render(Document, color: false, 80);
        var color = PreviewConsole.Render(Document, color: true, 80);

        Assert.DoesNotContain('\u001b', plain);
        Assert.Contains('\u001b', color);
        // Only the plain-text marks (the dotted line under a bold label) are extra.
        var labelLines = Render.Lines(plain).Count(line => line.Trim('┊', ' ').Length > 0 && line.Trim('┊', ' ').All(c => c == '·'));
        Assert.Equal(Render.Lines(StripAnsi(color)).Length + labelLines, Render.Lines(plain).Length);
    }

    private static string StripAnsi(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", "");
}
