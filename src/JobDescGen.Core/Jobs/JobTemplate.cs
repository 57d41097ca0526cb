namespace JobDescGen.Jobs;

/// <summary>The template a specific job's document is rendered with (built-in, or the user's own of that name).</summary>
public static class JobTemplate
{
    /// <summary>The job template's file name.</summary>
    public const string Name = "job.md.sbn";
}
