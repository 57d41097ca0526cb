namespace JobDescGen.Terminal.Watching;

/// <summary>The keys of a full-screen <c>--watch</c>, read from the terminal on a background thread.</summary>
public static class WatchKeyboard
{
    /// <summary>
    /// Starts reading keys and hands each recognised one to <paramref name="press"/>. The thread is a
    /// background thread blocked in <see cref="Console.ReadKey(bool)"/>, so it never keeps the process alive.
    /// </summary>
    public static void Start(Action<WatchKey> press)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                ConsoleKeyInfo key;
                try
                {
                    key = Console.ReadKey(intercept: true);
                }
                catch (InvalidOperationException)
                {
                    // stdin is not a terminal after all: scrolling is simply not available.
                    return;
                }

                if (Map(key) is { } watchKey)
                {
                    press(watchKey);
                }
            }
        })
        {
            IsBackground = true,
            Name = "watch keys",
        };
        thread.Start();
    }

    /// <summary>The <see cref="WatchKey"/> of <paramref name="key"/>, or null for a key without meaning (less's keys, plus the arrows).</summary>
    public static WatchKey? Map(ConsoleKeyInfo key) => key.Key switch
    {
        ConsoleKey.DownArrow or ConsoleKey.Enter => WatchKey.LineDown,
        ConsoleKey.UpArrow => WatchKey.LineUp,
        ConsoleKey.PageDown or ConsoleKey.Spacebar => WatchKey.PageDown,
        ConsoleKey.PageUp => WatchKey.PageUp,
        ConsoleKey.Home => WatchKey.Top,
        ConsoleKey.End => WatchKey.Bottom,
        _ => key.KeyChar switch
        {
            'j' => WatchKey.LineDown,
            'k' => WatchKey.LineUp,
            'f' => WatchKey.PageDown,
            'b' => WatchKey.PageUp,
            'g' => WatchKey.Top,
            'G' => WatchKey.Bottom,
            'q' => WatchKey.Quit,
            _ => null,
        },
    };
}
