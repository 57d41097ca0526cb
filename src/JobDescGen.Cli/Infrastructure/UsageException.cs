namespace JobDescGen.Cli.Infrastructure;

/// <summary>A wrong command line found while running a command (unknown level, unknown profile); exits with code 2.</summary>
public sealed class UsageException(string message, string? hint = null) : Exception(message)
{
    /// <summary>What to do instead.</summary>
    public string? Hint { get; } = hint;
}
