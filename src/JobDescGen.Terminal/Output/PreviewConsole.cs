using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Output;

/// <summary>
/// Renders the preview to text: with colour through a Spectre console set up with a fixed width and
/// no guessing from the environment; without colour through <see cref="PlainTextRenderer"/>.
/// </summary>
public static class PreviewConsole
{
    private static IAnsiConsole Create(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            // The CI enrichers would switch colours and width behind the caller's back; the plan decides.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>The text of <paramref name="renderable"/> rendered at <paramref name="width"/>, with ANSI styles when <paramref name="color"/> is true and none at all otherwise.</summary>
    public static string Render(IRenderable renderable, bool color, int width)
    {
        if (!color)
        {
            return PlainTextRenderer.Render(renderable, width);
        }

        using var writer = new StringWriter();
        Create(writer, width).Write(renderable);
        return writer.ToString();
    }
}
