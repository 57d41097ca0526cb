using Spectre.Console;
using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Output;

/// <summary>Spectre consoles set up for the preview: fixed width, colour on or off, no guessing from the environment.</summary>
public static class PreviewConsole
{
    /// <summary>A console writing to <paramref name="writer"/>.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool color, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            // The CI enrichers would switch colours and width behind the caller's back; the plan decides.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>The text of <paramref name="renderable"/> rendered at <paramref name="width"/>.</summary>
    public static string Render(IRenderable renderable, bool color, int width)
    {
        using var writer = new StringWriter();
        Create(writer, color, width).Write(renderable);
        return writer.ToString();
    }
}
