using System.Text;

namespace JobDescGen.Building;

/// <summary>
/// Makes a value safe as one part of a file name: letters, digits, '-', '_' and '.' are kept, every
/// other character (path separators included) becomes '_', and a leading '.' becomes '_' so a
/// value can be neither "..", nor a hidden file.
/// </summary>
public static class FileNameSanitizer
{
    /// <summary>The sanitised value; never empty.</summary>
    public static string Sanitize(string value)
    {
        if (value.Length == 0)
        {
            return "_";
        }

        var result = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            result.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        if (result[0] == '.')
        {
            result[0] = '_';
        }

        return result.ToString();
    }

    /// <summary>True when <paramref name="relativePath"/> stays inside <paramref name="root"/> once resolved.</summary>
    public static bool IsInside(string root, string relativePath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        return full.StartsWith(fullRoot, StringComparison.Ordinal);
    }
}
