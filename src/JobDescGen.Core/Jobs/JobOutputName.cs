namespace JobDescGen.Jobs;

/// <summary>The file name of a specific job's document: <c>&lt;job&gt;.&lt;ext&gt;</c>, with <c>-&lt;language&gt;</c> when its profile has several languages.</summary>
public static class JobOutputName
{
    /// <summary>The file name of job <paramref name="jobId"/> in <paramref name="language"/> for a format with <paramref name="extension"/>.</summary>
    public static string Of(string jobId, string language, string extension, bool severalLanguages) =>
        severalLanguages ? $"{jobId}-{language}.{extension}" : $"{jobId}.{extension}";
}
