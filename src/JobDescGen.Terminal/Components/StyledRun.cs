using Spectre.Console;

namespace JobDescGen.Terminal.Components;

/// <summary>A piece of text with one style; a paragraph is a sequence of runs.</summary>
/// <param name="Text">The text; spaces separate words, <c>\n</c> forces a line break.</param>
/// <param name="Style">How it looks.</param>
public readonly record struct StyledRun(string Text, Style Style);
