using JobDescGen.Pipeline;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>The exit code of each way a pipeline run can end.</summary>
public static class PipelineExit
{
    /// <summary>0, 1 or 2 (see <see cref="ExitCodes"/>).</summary>
    public static int Code(PipelineStatus status) => status switch
    {
        PipelineStatus.Ok => ExitCodes.Success,
        PipelineStatus.UsageError => ExitCodes.UsageError,
        _ => ExitCodes.ContentError,
    };
}
