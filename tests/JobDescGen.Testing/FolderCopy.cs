namespace JobDescGen.Testing;

/// <summary>Copies a folder tree (the bundled profiles or templates) into a test's scratch folder.</summary>
public static class FolderCopy
{
    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>, creating folders (empty ones too).</summary>
    public static string Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }

        return to;
    }
}
