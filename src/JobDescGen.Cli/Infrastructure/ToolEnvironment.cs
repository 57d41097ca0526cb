using JobDescGen.Resolving;

namespace JobDescGen.Cli.Infrastructure;

/// <summary>Reads what the tool takes from the environment, turning bad values into usage errors.</summary>
public static class ToolEnvironment
{
    /// <summary>The date for profiles that carry none: SOURCE_DATE_EPOCH, else today (UTC).</summary>
    public static DateOnly FallbackDate()
    {
        try
        {
            return DocumentDate.Fallback(System.Environment.GetEnvironmentVariable(DocumentDate.SourceDateEpochVariable), TimeProvider.System);
        }
        catch (FormatException exception)
        {
            throw new UsageException(exception.Message, "unset it, or set it to the output of 'date +%s'");
        }
    }
}
