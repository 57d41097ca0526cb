namespace JobDescGen.Diagnostics;

/// <summary>Counts in messages: "1 error", "3 errors".</summary>
public static class Wording
{
    /// <summary><paramref name="count"/> and <paramref name="noun"/>, with the noun's plural (an added 's') unless the count is 1.</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
