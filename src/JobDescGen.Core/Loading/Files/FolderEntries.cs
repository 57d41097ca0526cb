namespace JobDescGen.Loading.Files;

/// <summary>
/// Looks into a folder for the loader without throwing: whether it can be read at all, and the
/// entries whose names differ from an expected one only in case ("Profile.yaml" for "profile.yaml"),
/// which a case-sensitive file system does not find.
/// </summary>
public static class FolderEntries
{
    private static readonly EnumerationOptions AnyCase = new() { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0 };

    /// <summary>Why <paramref name="folder"/> cannot be listed ("permission denied"), or null when it can.</summary>
    public static string? Unreadable(string folder)
    {
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Writing.FileWriteException.ReasonOf(exception);
        }
    }

    /// <summary>What to do about a folder that cannot be read.</summary>
    public static string ReadableHint(string folder) =>
        $"make it readable for you (for example 'chmod u+rx {folder}'), or run as a user who may read it";

    /// <summary>The files of <paramref name="folder"/> matching <paramref name="pattern"/> in any case; none when it cannot be read.</summary>
    public static IReadOnlyList<string> MisnamedFiles(string folder, string pattern)
    {
        try
        {
            return [.. Directory.EnumerateFiles(folder, pattern, AnyCase).Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The name of a folder in <paramref name="folder"/> spelled as <paramref name="name"/> in another case ("Levels"), or null.</summary>
    public static string? MisnamedFolder(string folder, string name)
    {
        try
        {
            return Directory.EnumerateDirectories(folder, name, AnyCase).Select(Path.GetFileName).FirstOrDefault(n => n != name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
