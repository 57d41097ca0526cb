namespace JobDescGen.Pipeline;

/// <summary>How a pipeline run ended, which the command line turns into its exit code.</summary>
public enum PipelineStatus
{
    /// <summary>Everything asked for was made (warnings aside).</summary>
    Ok,

    /// <summary>The profiles, templates or settings have errors, or a file could not be written (exit 1).</summary>
    ContentError,

    /// <summary>The request names something that is not there: a profile, level, language or format (exit 2).</summary>
    UsageError,
}
