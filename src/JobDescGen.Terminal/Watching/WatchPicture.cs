namespace JobDescGen.Terminal.Watching;

/// <summary>What <c>--watch</c> has on screen.</summary>
/// <param name="Text">The rendered document or diagnostics.</param>
/// <param name="Size">The width it was rendered at and the screen's height then.</param>
/// <param name="Renders">How many renders have been drawn, this one included.</param>
/// <param name="Changed">The input files whose change led to it (empty for the first).</param>
internal sealed record WatchPicture(string Text, (int Width, int Height) Size, int Renders, IReadOnlyCollection<string> Changed);
