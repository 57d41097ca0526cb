using JobDescGen.Formats;

namespace JobDescGen.Pipeline;

/// <summary>What every run of the pipeline shares.</summary>
/// <param name="TemplatesDirectory">The user's templates folder, or null for the built-in templates only.</param>
/// <param name="FallbackDate">The date of documents whose profile gives none (SOURCE_DATE_EPOCH, else today).</param>
/// <param name="Formats">The output formats the tool offers.</param>
public sealed record PipelineSettings(string? TemplatesDirectory, DateOnly FallbackDate, FormatRegistry Formats);
