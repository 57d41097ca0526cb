namespace JobDescGen.Terminal.Watching;

/// <summary>What a key pressed during a full-screen <c>--watch</c> asks for.</summary>
public enum WatchKey
{
    /// <summary>One line further (↓, j, Enter).</summary>
    LineDown,

    /// <summary>One line back (↑, k).</summary>
    LineUp,

    /// <summary>One screen further (PgDn, Space, f).</summary>
    PageDown,

    /// <summary>One screen back (PgUp, b).</summary>
    PageUp,

    /// <summary>The top of the document (Home, g).</summary>
    Top,

    /// <summary>The end of the document (End, G).</summary>
    Bottom,

    /// <summary>Stop watching (q), as Ctrl+C does.</summary>
    Quit,
}
