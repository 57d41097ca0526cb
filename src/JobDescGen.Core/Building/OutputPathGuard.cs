using JobDescGen.Loading.Files;

namespace JobDescGen.Building;

/// <summary>
/// Decides whether the build may touch a path inside the output folder. Path strings are not
/// enough: a link inside the folder (out/A1 -> /etc) leads out of it. So every part of the path
/// below the folder is looked at with lstat: a link anywhere is refused, as is anything but a
/// folder on the way and anything but a regular file at the end. The output folder itself may be
/// a link: the user chose it.
/// </summary>
internal static class OutputPathGuard
{
    /// <summary>Why <paramref name="relativePath"/> must not be written or deleted, or null when it may.</summary>
    public static OutputRefusal? Check(string root, string relativePath)
    {
        if (!FileNameSanitizer.IsInside(root, relativePath) || Path.IsPathRooted(relativePath) || relativePath.Length == 0)
        {
            return new OutputRefusal(relativePath, OutputRefusalKind.Outside, $"'{relativePath}' is outside the output folder");
        }

        var parts = relativePath.Split('/', '\\');
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var shown = string.Join('/', parts[..(i + 1)]);
            var kind = FileProbe.KindOf(current);
            var last = i == parts.Length - 1;
            if (kind == FileKind.Missing)
            {
                return null;
            }

            if (kind == FileKind.SymbolicLink)
            {
                return new OutputRefusal(shown, OutputRefusalKind.Link, $"'{shown}' is a link (to {FileProbe.RealPath(current) ?? "nothing"}); the build never writes or deletes through a link");
            }

            if (!last && kind != FileKind.Directory)
            {
                return new OutputRefusal(shown, OutputRefusalKind.FileInTheWay, $"'{shown}' is {InputFile.Describe(kind)} where the folder of '{relativePath}' must be");
            }

            if (last && kind != FileKind.RegularFile)
            {
                return new OutputRefusal(shown, kind == FileKind.Directory ? OutputRefusalKind.FolderInTheWay : OutputRefusalKind.NotAFile, $"'{shown}' is {InputFile.Describe(kind)}, not a regular file");
            }
        }

        return null;
    }
}
