namespace JobDescGen.Pdf.Layout;

/// <summary>The room a block has for a split.</summary>
/// <param name="Width">The column width.</param>
/// <param name="Available">The height left on the current page.</param>
/// <param name="PageHeight">The height of a whole, empty page, to tell "move on" from "too tall for any page".</param>
/// <param name="Force">True on an empty page: place at least something, ignoring keep rules, so paging always ends.</param>
internal readonly record struct SplitRequest(double Width, double Available, double PageHeight, bool Force);
