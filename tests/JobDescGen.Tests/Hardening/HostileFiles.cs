using System.Diagnostics;
using System.Net.Sockets;

namespace JobDescGen.Tests.Hardening;

/// <summary>Makes the special files the attacks use: FIFOs, sockets, links and sparse giant files.</summary>
internal static class HostileFiles
{
    /// <summary>Makes a FIFO at <paramref name="path"/> (mkfifo; .NET has no API for it).</summary>
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed");
        }

        return path;
    }

    /// <summary>Binds a Unix socket at <paramref name="path"/>; the socket file stays after the returned socket is disposed.</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/>.</summary>
    public static string Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>A sparse file of <paramref name="bytes"/> (takes no disk space).</summary>
    public static string Sparse(string path, long bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(bytes);
        return path;
    }

    /// <summary>A copy of the bundled profiles folder in <paramref name="temp"/>; returns its path.</summary>
    public static string Profiles(Support.TempFolder temp) => temp.CopyFrom(Testing.RepoPaths.Profiles, "profiles");

    /// <summary>The bundled profile's folder in a copy made by <see cref="Profiles"/>.</summary>
    public static string Profile(string profiles) => Path.Combine(profiles, "leidinggevende");
}
