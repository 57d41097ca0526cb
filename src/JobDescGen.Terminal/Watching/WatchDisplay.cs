namespace JobDescGen.Terminal.Watching;

/// <summary>Where and how <c>--watch</c> draws.</summary>
/// <param name="Output">The writer (stdout, or a <see cref="StringWriter"/> in tests).</param>
/// <param name="Color">True for ANSI colours and styles.</param>
/// <param name="FullScreen">
/// True on a terminal: the alternate screen, redrawn in place from the top with the status line at
/// the bottom, and scrolled with the keys. False (a pipe, a test): every render is appended.
/// </param>
/// <param name="Size">
/// Reads the width to draw at and the screen's height before each render; read again twice a
/// second in full-screen mode, as .NET raises no resize event.
/// </param>
public sealed record WatchDisplay(TextWriter Output, bool Color, bool FullScreen, Func<(int Width, int Height)> Size);
