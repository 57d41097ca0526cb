namespace JobDescGen.Writing;

/// <summary>Default output file names: <c>{profile}-{level}.{ext}</c>, with the language added when a profile has several.</summary>
public static class OutputNaming
{
    /// <summary>The default file name of one document.</summary>
    public static string FileName(string profileId, string levelId, string language, bool multilingual, string extension) =>
        multilingual ? $"{profileId}-{levelId}-{language}.{extension}" : $"{profileId}-{levelId}.{extension}";
}
