namespace JobDescGen.Terminal.Preview;

/// <summary>What to preview.</summary>
/// <param name="ProfileDirectory">The profile's folder (the one with profile.yaml).</param>
/// <param name="Level">The level to show.</param>
/// <param name="CompareLevel">A second level to compare with, or null.</param>
/// <param name="Language">The language, or null for the profile's first.</param>
/// <param name="TemplatesDirectory">The user's templates folder, or null for the built-in templates.</param>
/// <param name="FallbackDate">The date of documents whose profile carries none.</param>
public sealed record PreviewRequest(
    string ProfileDirectory,
    string Level,
    string? CompareLevel,
    string? Language,
    string? TemplatesDirectory,
    DateOnly FallbackDate);
