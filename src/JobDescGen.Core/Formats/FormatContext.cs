namespace JobDescGen.Formats;

/// <summary>Where a format finds its user settings.</summary>
/// <param name="TemplatesDirectory">The user's templates folder (theme.yaml, reference.docx, page shells), or null for the built-in ones only.</param>
public sealed record FormatContext(string? TemplatesDirectory);
