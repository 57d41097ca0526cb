using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace JobDescGen.Terminal.Output;

/// <summary>
/// The size of the terminal the user is looking at, also when stdout is a pipe: "preview | less"
/// and "preview | cat" are read in that terminal, so they should be drawn at its width.
/// </summary>
internal static class TerminalSize
{
    private const int StandardError = 2;

    // TIOCGWINSZ on Linux; other systems fall back to what .NET can tell.
    private const nuint GetWindowSize = 0x5413;

    /// <summary>Columns and lines of the terminal behind stdout, else stderr or /dev/tty; (0, 0) when there is none.</summary>
    public static (int Width, int Height) Read()
    {
        if (!Console.IsOutputRedirected)
        {
            return (Safe(() => Console.WindowWidth), Safe(() => Console.WindowHeight));
        }

        if (OperatingSystem.IsLinux())
        {
            if (!Console.IsErrorRedirected && Query(StandardError) is { } fromError)
            {
                return fromError;
            }

            if (FromControllingTerminal() is { } fromTty)
            {
                return fromTty;
            }
        }

        // .NET reads the size through stdin when stdout is redirected; only trust it on a terminal.
        return Console.IsInputRedirected ? (0, 0) : (Safe(() => Console.WindowWidth), Safe(() => Console.WindowHeight));
    }

    private static (int Width, int Height)? FromControllingTerminal()
    {
        try
        {
            using SafeFileHandle tty = File.OpenHandle("/dev/tty", FileMode.Open, FileAccess.Read);
            return Query((int)tty.DangerousGetHandle());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No controlling terminal (a CI job, a daemon).
            return null;
        }
    }

    private static (int Width, int Height)? Query(int descriptor)
    {
        try
        {
            return IoctlWindowSize(descriptor, GetWindowSize, out var size) == 0 && size.Columns > 0 ? (size.Columns, size.Rows) : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static int Safe(Func<int> read)
    {
        try
        {
            return read();
        }
        catch (IOException)
        {
            // No controlling terminal after all (for example under some CI runners).
            return 0;
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code enabled for one call.
    [DllImport("libc", EntryPoint = "ioctl")]
    private static extern int IoctlWindowSize(int descriptor, nuint request, out WindowSize size);

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }
}
