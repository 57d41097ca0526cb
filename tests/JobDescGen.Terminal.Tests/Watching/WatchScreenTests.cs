using JobDescGen.Terminal.Watching;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

public sealed class WatchScreenTests
{
    private static readonly string[] Document = [.. Enumerable.Range(1, 100).Select(i => $"regel {i}")];

    [Fact]
    public void Starts_at_the_top()
    {
        Assert.Equal(["regel 1", "regel 2", "regel 3"], new WatchScreen().Window(Document, 3));
    }

    [Fact]
    public void Scrolls_by_line_and_page_and_stays_within_the_document()
    {
        var screen = new WatchScreen();

        screen.Move(WatchKey.PageDown, 10, Document.Length);
        Assert.Equal(9, screen.Offset);
        screen.Move(WatchKey.LineDown, 10, Document.Length);
        Assert.Equal("regel 11", screen.Window(Document, 10)[0]);
        screen.Move(WatchKey.Bottom, 10, Document.Length);
        Assert.Equal("regel 100", screen.Window(Document, 10)[^1]);
        screen.Move(WatchKey.PageDown, 10, Document.Length);
        Assert.Equal(90, screen.Offset);
        screen.Move(WatchKey.Top, 10, Document.Length);
        screen.Move(WatchKey.LineUp, 10, Document.Length);
        Assert.Equal(0, screen.Offset);
    }

    [Fact]
    public void Keeps_its_place_across_renders_but_not_past_a_shorter_document()
    {
        var screen = new WatchScreen();
        screen.Move(WatchKey.Bottom, 10, Document.Length);

        Assert.Equal("regel 91", screen.Window(Document, 10)[0]);
        Assert.Equal("regel 11", screen.Window(Document[..20], 10)[0]);
    }

    [Theory]
    [InlineData(ConsoleKey.DownArrow, '\0', WatchKey.LineDown)]
    [InlineData(ConsoleKey.PageUp, '\0', WatchKey.PageUp)]
    [InlineData(ConsoleKey.Spacebar, ' ', WatchKey.PageDown)]
    [InlineData(ConsoleKey.G, 'G', WatchKey.Bottom)]
    [InlineData(ConsoleKey.G, 'g', WatchKey.Top)]
    [InlineData(ConsoleKey.Q, 'q', WatchKey.Quit)]
    public void Keys_follow_less(ConsoleKey key, char character, WatchKey expected)
    {
        Assert.Equal(expected, WatchKeyboard.Map(new ConsoleKeyInfo(character, key, character == 'G', false, false)));
    }

    [Fact]
    public void Other_keys_do_nothing()
    {
        Assert.Null(WatchKeyboard.Map(new ConsoleKeyInfo('x', ConsoleKey.X, false, false, false)));
    }
}
