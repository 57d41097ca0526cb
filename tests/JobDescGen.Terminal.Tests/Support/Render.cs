using JobDescGen.Terminal.Output;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;

namespace JobDescGen.Terminal.Tests.Support;

/// <summary>
/// Renders at a fixed width: plain text exactly as the CLI makes it (<see cref="PlainTextRenderer"/>),
/// colour through Spectre's <see cref="TestConsole"/> with ANSI sequences.
/// </summary>
public static class Render
{
    /// <summary>The text <paramref name="renderable"/> produces at <paramref name="width"/>.</summary>
    public static string ToText(IRenderable renderable, int width, bool color = false)
    {
        if (!color)
        {
            // Not TestConsole: it reports ANSI support even when it strips the sequences, so
            // renderables would draw their styled form, not the plain one users get.
            return PlainTextRenderer.Render(renderable, width);
        }

        using var console = new TestConsole().Width(width).SupportsUnicode(true);
        console.Colors(ColorSystem.Standard).SupportsAnsi(true).EmitAnsiSequences();

        console.Write(renderable);
        return console.Output.Replace("\r\n", "\n");
    }

    /// <summary>The lines of <paramref name="text"/> (without a last empty one).</summary>
    public static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');
}
