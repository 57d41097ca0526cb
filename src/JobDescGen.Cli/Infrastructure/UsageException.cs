namespace JobDescGen.Cli.Infrastructure;

/// <summary>A wrong command line found while running a command (unknown level, unknown profile); exits with code 2.</summary>
public sealed class UsageException(string message, string? hint = null) : Exception(message)
{
    /// <summary>What to do instead.</summary>
    public string? Hint { get; } = hint;

    /// <summary>A command that works on a level or on a job was given neither.</summary>
    /// <param name="command">The command's name, for the examples in the hint.</param>
    public static UsageException NeitherLevelNorJob(string command) =>
        new("give --level LEVEL for a profile's level, or a job's id for a specific job",
            $"for example 'jobdescgen {command} --level A1', or 'jobdescgen {command} JOB' (see 'jobdescgen list')");
}
