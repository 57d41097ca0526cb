namespace JobDescGen.Cli.Infrastructure;

/// <summary>The process exit codes, so scripts and CI can tell a content problem from a wrong command line.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The profiles or templates have errors (or a file could not be written).</summary>
    public const int ContentError = 1;

    /// <summary>The command line itself is wrong: unknown option, unknown level or profile.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in the tool; the message asks the user to report it.</summary>
    public const int InternalError = 70;
}
