namespace JobDescGen.Docx.Packaging;

/// <summary>One relationship of a package part: fixed ids, never generated ones, so output is reproducible.</summary>
/// <param name="Id">The id the part's XML refers to it by.</param>
/// <param name="Type">The relationship type URI.</param>
/// <param name="Target">The target, relative to the part's folder (or an external address).</param>
/// <param name="External">True for an address outside the package (a hyperlink).</param>
internal sealed record PackageRelationship(string Id, string Type, string Target, bool External = false);
