using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Output;

/// <summary>
/// Plain text straight from a renderable's segments, with no Spectre console in between: a console
/// without ANSI uses Spectre's legacy backend, which calls <see cref="System.Console.ResetColor"/>
/// (writing ESC[39;49m to the real terminal) at every style change, and
/// <see cref="System.Console.Clear"/> on clear, even when its output is a <see cref="StringWriter"/>.
/// </summary>
internal static class PlainTextRenderer
{
    private static readonly IReadOnlyCapabilities Capabilities = PlainCapabilities();

    /// <summary>The text of <paramref name="renderable"/> at <paramref name="width"/>: only the characters, one <c>\n</c> per line.</summary>
    public static string Render(IRenderable renderable, int width)
    {
        var options = new RenderOptions(Capabilities, new Size(width, int.MaxValue));
        var text = new StringBuilder();
        foreach (var segment in renderable.Render(options, width))
        {
            if (segment.IsLineBreak)
            {
                text.Append('\n');
            }
            else if (!segment.IsControlCode)
            {
                // Plain text goes to pipes and pagers (less -R passes escape sequences on): none gets through.
                text.Append(Diagnostics.ControlCharacters.Neutralise(segment.Text));
            }
        }

        return text.ToString();
    }

    private static IReadOnlyCapabilities PlainCapabilities()
    {
        // Capabilities of a console that is never written to: they only tell renderables that
        // Unicode box drawing is fine and that there is no colour.
        var settings = new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(TextWriter.Null),
        };
        var capabilities = Spectre.Console.Capabilities.Create(TextWriter.Null, settings, out _);
        capabilities.Unicode = true;
        return capabilities;
    }
}
