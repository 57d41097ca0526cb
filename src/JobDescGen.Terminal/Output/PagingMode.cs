namespace JobDescGen.Terminal.Output;

/// <summary>When the preview goes through a pager.</summary>
public enum PagingMode
{
    /// <summary>Never (output is not a terminal).</summary>
    Never,

    /// <summary>On a terminal, when the document is taller than the screen.</summary>
    WhenTaller,

    /// <summary>Always (<c>--pager</c>).</summary>
    Always,
}
