namespace JobDescGen.Html.Body;

/// <summary>The document's body as HTML, split where the page template places it.</summary>
/// <param name="TitleBlock">The title and the line under it: the page's header.</param>
/// <param name="Content">Everything else: the page's main content.</param>
internal sealed record RenderedBody(string TitleBlock, string Content);
