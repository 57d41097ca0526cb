using JobDescGen.Diagnostics;
using JobDescGen.Rendering;
using Spectre.Console;

namespace JobDescGen.Terminal.Components;

/// <summary>A piece of text with one style; a paragraph is a sequence of runs.</summary>
/// <param name="Text">The text; spaces separate words, <c>\n</c> forces a line break.</param>
/// <param name="Style">How it looks.</param>
public readonly record struct StyledRun(string Text, Style Style)
{
    /// <summary>
    /// The text with control characters shown visibly (ESC as ␛): every piece of a document passes
    /// through here, and an escape sequence from a template must not set a terminal's title, clear
    /// its screen or write its clipboard. Formatting characters (soft hyphen, word joiner, zero-width
    /// space and joiners, bidi marks) are left out: terminals draw some as boxes or hyphens and
    /// count them as a cell, and a preview never breaks a word at them.
    /// </summary>
    public string Text { get; init; } = ControlCharacters.Neutralise(FormattingCharacters.Remove(Text));
}
