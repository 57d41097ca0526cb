namespace JobDescGen.Pdf.Text;

/// <summary>
/// Where a piece of text links to: an address (<c>https://…</c>, <c>mailto:…</c>) or, starting with
/// '#', an anchor in the document (a definition). <paramref name="Description"/> is what a screen
/// reader says for the link (the annotation's /Contents).
/// </summary>
internal sealed record TextLink(string Target, string Description)
{
    /// <summary>The anchor of an in-document link, without its '#'; null for an address.</summary>
    public string? Anchor => Target.StartsWith('#') ? Target[1..] : null;
}
