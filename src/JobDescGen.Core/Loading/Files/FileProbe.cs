using System.Runtime.InteropServices;

namespace JobDescGen.Loading.Files;

/// <summary>
/// Tells what a path is without opening it: .NET's own file APIs cannot tell a FIFO or a device
/// from a regular file, and opening a FIFO blocks forever. On Unix this asks the runtime's native
/// shim (the stat and lstat that .NET itself uses); on Windows, where FIFOs and devices have no
/// file paths, the file attributes say enough.
/// </summary>
public static class FileProbe
{
    // S_IFMT and the file-type values of the runtime's FileStatus.Mode (the same on every Unix).
    private const int TypeMask = 0xF000;

    /// <summary>What <paramref name="path"/> itself is; a symbolic link is reported as such (lstat).</summary>
    public static FileKind KindOf(string path) => Probe(path, followLinks: false).Kind;

    /// <summary>What <paramref name="path"/> leads to once links are followed (stat), and its size.</summary>
    public static (FileKind Kind, long Size) Target(string path) => Probe(path, followLinks: true);

    private static (FileKind Kind, long Size) Probe(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return WindowsProbe(path, followLinks);
        }

        var status = new NativeFileStatus();
        var result = followLinks ? Stat(path, out status) : LStat(path, out status);
        if (result != 0)
        {
            return (FileKind.Missing, 0);
        }

        var kind = (status.Mode & TypeMask) switch
        {
            0x8000 => FileKind.RegularFile,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return (kind, status.Size);
    }

    private static (FileKind Kind, long Size) WindowsProbe(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return (FileKind.Missing, 0);
        }

        if (info.LinkTarget is not null && !followLinks)
        {
            return (FileKind.SymbolicLink, 0);
        }

        if (info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }

        return info switch
        {
            DirectoryInfo => (FileKind.Directory, 0),
            FileInfo file when file.Exists => (FileKind.RegularFile, file.Length),
            _ => (FileKind.Missing, 0),
        };
    }

    /// <summary>
    /// The absolute path of <paramref name="path"/> with every link on the way resolved, or null
    /// when it leads nowhere (missing, a broken link, a link loop).
    /// </summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }

        var pointer = NativeRealPath(Path.GetFullPath(path));
        if (pointer == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(pointer);
        }
        finally
        {
            NativeFree(pointer);
        }
    }

    /// <summary>True when <paramref name="realPath"/> is <paramref name="realRoot"/> or lies under it (both already real paths).</summary>
    public static bool IsUnder(string realPath, string realRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(realRoot);
        return root.EndsWith(Path.DirectorySeparatorChar) // "/" itself
            ? realPath.StartsWith(root, StringComparison.Ordinal)
            : realPath == root || realPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    // The runtime's own native shim: the same stat, lstat and realpath calls .NET's file APIs make,
    // with one struct layout on every Unix and processor.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", SetLastError = true)]
    private static extern IntPtr NativeRealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static extern void NativeFree(IntPtr pointer);
}
