namespace JobDescGen.Terminal.Watching;

/// <summary>What wakes the <c>--watch</c> loop: input files that changed, or a key.</summary>
/// <param name="ChangedFiles">The names of the changed input files (empty for a key).</param>
/// <param name="Key">The key pressed, or null for a file change.</param>
internal sealed record WatchSignal(IReadOnlyCollection<string> ChangedFiles, WatchKey? Key);
