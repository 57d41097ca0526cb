namespace JobDescGen.Pdf.Layout;

/// <summary>The result of paging: one block per page, each the part of the document on that page.</summary>
internal sealed record PageLayout(IReadOnlyList<Block> Pages, double Width, double Height);
