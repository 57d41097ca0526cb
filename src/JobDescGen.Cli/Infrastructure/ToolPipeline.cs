using JobDescGen.Pipeline;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Makes the pipeline a command runs from its <c>--templates</c> option and the environment.</summary>
public static class ToolPipeline
{
    /// <summary>A pipeline with the templates folder resolved (a missing one is a usage error), the fallback date and the tool's formats.</summary>
    public static JobDescPipeline Create(string? templatesOption) =>
        new(new PipelineSettings(CommonOptions.ResolveTemplates(templatesOption), ToolEnvironment.FallbackDate(), ToolFormats.Registry));
}
