using JobDescGen.Terminal.Theming;
using JobDescGen.Terminal.Watching;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>What full-screen <c>--watch</c> writes: the top of a tall document, the status line last, nothing past the screen.</summary>
public sealed class WatchPainterTests
{
    private static readonly WatchPicture Tall = new(string.Concat(Enumerable.Range(1, 30).Select(i => $"regel {i}\n")), (60, 10), 2, ["A1.yaml"]);

    private static (WatchPainter Painter, StringWriter Output) FullScreen()
    {
        var output = new StringWriter();
        return (new WatchPainter(new WatchDisplay(output, Color: false, FullScreen: true, () => (60, 10)), PreviewTheme.Default), output);
    }

    private static string[] Screen(string written) =>
        written[written.LastIndexOf("\u001b[H", StringComparison.Ordinal)..]
            .Replace("\u001b[H", "").Replace("\u001b[2K", "").Replace("\u001b[J", "")
            .Split('\n');

    [Fact]
    public void A_document_taller_than_the_screen_shows_its_top_and_the_status_below_it()
    {
        var (painter, output) = FullScreen();

        painter.Paint(Tall, "watching levels");

        var screen = Screen(output.ToString());
        Assert.Equal(10, screen.Length);
        Assert.Equal("regel 1", screen[0]);
        Assert.Equal(["regel 1", "regel 2", "regel 3", "regel 4", "regel 5", "regel 6"], screen[..6]);
        Assert.Equal(new string('─', 60), screen[6]);
        Assert.Equal("render 2 · changed: A1.yaml · watching levels · Ctrl+C to stop · lines 1–6 of 30: ↑↓ PgUp PgDn Home End scroll, q stops", string.Join(" ", screen[7..]));
    }

    [Fact]
    public void Scrolling_moves_the_view_and_a_new_render_keeps_it()
    {
        var (painter, output) = FullScreen();
        painter.Paint(Tall, "watching levels");

        painter.Scroll(Tall, WatchKey.PageDown, "watching levels");
        // Six lines in view: a page moves five, so one line of context stays.
        Assert.Equal("regel 6", Screen(output.ToString())[0]);

        painter.Paint(Tall with { Renders = 3 }, "watching levels");
        Assert.Equal("regel 6", Screen(output.ToString())[0]);
    }

    [Fact]
    public void The_alternate_screen_is_entered_and_left()
    {
        var (painter, output) = FullScreen();

        painter.Enter();
        painter.Leave();

        Assert.Equal("\u001b[?1049h\u001b[?25l\u001b[?25h\u001b[?1049l", output.ToString());
    }
}
