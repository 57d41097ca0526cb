namespace JobDescGen.Terminal.Watching;

/// <summary>
/// The scroll position of a full-screen <c>--watch</c>: which lines of a document taller than the
/// screen are in view. It starts at the top and survives re-renders, so the part being edited stays
/// in view while the file is saved again and again.
/// </summary>
internal sealed class WatchScreen
{
    /// <summary>The index of the first line in view.</summary>
    public int Offset { get; private set; }

    /// <summary>Moves the position for <paramref name="key"/>, with <paramref name="rows"/> lines in view.</summary>
    public void Move(WatchKey key, int rows, int totalLines)
    {
        var page = Math.Max(1, rows - 1);
        Offset = key switch
        {
            WatchKey.LineDown => Offset + 1,
            WatchKey.LineUp => Offset - 1,
            WatchKey.PageDown => Offset + page,
            WatchKey.PageUp => Offset - page,
            WatchKey.Top => 0,
            WatchKey.Bottom => totalLines,
            _ => Offset,
        };
        Clamp(rows, totalLines);
    }

    /// <summary>The lines of <paramref name="lines"/> in view when <paramref name="rows"/> fit; the position is kept within the document.</summary>
    public IReadOnlyList<string> Window(IReadOnlyList<string> lines, int rows)
    {
        Clamp(rows, lines.Count);
        return [.. lines.Skip(Offset).Take(Math.Max(1, rows))];
    }

    // A shorter document (a line was deleted) must not leave the view past its end.
    private void Clamp(int rows, int totalLines) => Offset = Math.Clamp(Offset, 0, Math.Max(0, totalLines - Math.Max(1, rows)));
}
