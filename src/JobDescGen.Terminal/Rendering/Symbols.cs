using Spectre.Console.Rendering;

namespace JobDescGen.Terminal.Rendering;

/// <summary>The marks the preview draws, with ASCII stand-ins for terminals without Unicode.</summary>
internal static class Symbols
{
    public static string Bullet(RenderOptions? options) => Unicode(options) ? "• " : "- ";

    public static string Bar(RenderOptions? options) => Unicode(options) ? "│ " : "| ";

    public static string OptionalBar(RenderOptions? options) => Unicode(options) ? "┊ " : ": ";

    public static string Differs(RenderOptions? options) => Unicode(options) ? "≠ " : "! ";

    // Renderables are built before the console is known; Unicode is the norm for the terminals
    // this tool runs in, and Spectre itself falls back to ASCII borders where it is not.
    private static bool Unicode(RenderOptions? options) => options?.Unicode ?? true;
}
