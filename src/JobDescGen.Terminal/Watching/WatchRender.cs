using JobDescGen.Terminal.Preview;

namespace JobDescGen.Terminal.Watching;

/// <summary>One build during <c>--watch</c>, as reported by <see cref="WatchSession.Built"/>.</summary>
/// <param name="Frame">The frame built from the files.</param>
/// <param name="Text">The text shown for it (document or diagnostics, without the status line).</param>
/// <param name="Drawn">False when the text equalled the one on screen, so nothing was redrawn.</param>
/// <param name="Number">How many renders have been drawn so far, this one included.</param>
/// <param name="ChangedFiles">The names of the input files whose change led to this build (empty for the first).</param>
public sealed record WatchRender(PreviewFrame Frame, string Text, bool Drawn, int Number, IReadOnlyCollection<string> ChangedFiles);
