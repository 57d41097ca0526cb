using Spectre.Console;
using Spectre.Console.Rendering;
using Spectre.Console.Testing;

namespace JobDescGen.Terminal.Tests.Support;

/// <summary>Renders into Spectre's <see cref="TestConsole"/> at a fixed width, with or without ANSI colour.</summary>
public static class Render
{
    /// <summary>The text <paramref name="renderable"/> produces at <paramref name="width"/>.</summary>
    public static string ToText(IRenderable renderable, int width, bool color = false)
    {
        using var console = new TestConsole().Width(width).SupportsUnicode(true);
        if (color)
        {
            console.Colors(ColorSystem.Standard).SupportsAnsi(true).EmitAnsiSequences();
        }

        console.Write(renderable);
        return console.Output.Replace("\r\n", "\n");
    }

    /// <summary>The lines of <paramref name="text"/> (without a last empty one).</summary>
    public static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');
}
