using System.Threading.Channels;
using JobDescGen.Terminal.Preview;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Terminal.Watching;
using Spectre.Console.Testing;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>
/// <c>--watch</c> against real files: each step edits a file and then waits for a render that
/// shows the edit. The waits are generous and end as soon as the expected render arrives; renders
/// of intermediate states (an editor's half-written file) are skipped, not failed on.
/// </summary>
public sealed class WatchSessionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Renders_again_on_change_shows_diagnostics_when_broken_and_recovers_when_fixed()
    {
        using var sandbox = new ProfileSandbox();
        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        var builder = new PreviewBuilder(PreviewTheme.Default);
        var request = Requests.For("A1", profileDirectory: sandbox.Profile, templates: sandbox.Templates);
        var frames = Channel.CreateUnbounded<(PreviewFrame Frame, string Text)>();
        var session = new WatchSession(() => builder.Build(request), PreviewTheme.Default, clearScreen: false);
        session.Rendered += frame => frames.Writer.TryWrite((frame, frame.Document is null ? "" : Render.ToText(frame.Document, 80)));

        using var watcher = new FileChangeWatcher(WatchTarget.ForPreview(sandbox.Profile, sandbox.Templates), TimeSpan.FromMilliseconds(100));
        using var console = new TestConsole().Width(80);
        using var stop = new CancellationTokenSource();
        var running = session.RunAsync(console, watcher, "watching", stop.Token);

        await Next(frames, f => f.Text.Contains("Verantwoordelijkheden delegeren aan de"), "the first render");

        var changed = original.Replace("Verantwoordelijkheden delegeren", "Verantwoordelijkheden toevertrouwen", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        await File.WriteAllTextAsync(levelFile, changed);
        await Next(frames, f => f.Text.Contains("Verantwoordelijkheden toevertrouwen aan de"), "a render with the edited criterion");

        await File.WriteAllTextAsync(levelFile, changed + "criteria: [unclosed\n");
        var broken = await Next(frames, f => f.Frame.HasErrors, "diagnostics for the broken level file");
        Assert.Null(broken.Frame.Document);
        Assert.Contains(broken.Frame.Diagnostics, d => d.Location.File.EndsWith("A1.yaml", StringComparison.Ordinal) && d.Location.HasPosition);
        Assert.Contains("error", Render.ToText(new JobDescGen.Terminal.Components.DiagnosticsView(broken.Frame.Diagnostics, PreviewTheme.Default), 80));

        await File.WriteAllTextAsync(levelFile, changed);
        await Next(frames, f => !f.Frame.HasErrors && f.Text.Contains("Verantwoordelijkheden toevertrouwen aan de"), "recovery after the fix");

        // A label file in the templates folder is an input too.
        var labels = Path.Combine(sandbox.Templates, "lang", "nl.yaml");
        await File.WriteAllTextAsync(labels, (await File.ReadAllTextAsync(labels)).Replace("purpose: Doel", "purpose: Doelstelling", StringComparison.Ordinal));
        await Next(frames, f => f.Text.Contains("\nDoelstelling\n"), "a render with the changed label");

        stop.Cancel();
        await running.WaitAsync(Patience);
        Assert.Contains("render 1", console.Output);
    }

    [Fact]
    public async Task Starts_on_broken_input_follows_a_deleted_level_file_and_comes_back_when_restored()
    {
        using var sandbox = new ProfileSandbox();
        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        await File.WriteAllTextAsync(levelFile, "level: A1\ncriteria: [\n");
        var builder = new PreviewBuilder(PreviewTheme.Default);
        var request = Requests.For("A1", profileDirectory: sandbox.Profile);
        var frames = Channel.CreateUnbounded<(PreviewFrame Frame, string Text)>();
        var session = new WatchSession(() => builder.Build(request), PreviewTheme.Default, clearScreen: false);
        session.Rendered += frame => frames.Writer.TryWrite((frame, frame.Document is null ? "" : Render.ToText(frame.Document, 80)));
        using var watcher = new FileChangeWatcher(WatchTarget.ForPreview(sandbox.Profile, null), TimeSpan.FromMilliseconds(100));
        using var console = new TestConsole().Width(80);
        using var stop = new CancellationTokenSource();
        var running = session.RunAsync(console, watcher, "watching", stop.Token);

        await Next(frames, f => f.Frame.HasErrors && f.Frame.Document is null, "diagnostics for the broken start");

        File.Delete(levelFile);
        // Without A1 the profile no longer references the term 'specialisatie': a new error, elsewhere.
        var deleted = await Next(frames, f => f.Frame.HasErrors && !f.Frame.Diagnostics.Any(d => d.Location.File.EndsWith("A1.yaml", StringComparison.Ordinal)), "the diagnostics after the deletion");
        Assert.Null(deleted.Frame.Document);

        await File.WriteAllTextAsync(levelFile, original);
        await Next(frames, f => !f.Frame.HasErrors && f.Text.Contains("Leidinggevende — Niveau A1"), "the document once the file is back");

        stop.Cancel();
        await running.WaitAsync(Patience);
    }

    private static async Task<(PreviewFrame Frame, string Text)> Next(
        Channel<(PreviewFrame Frame, string Text)> frames,
        Func<(PreviewFrame Frame, string Text), bool> expected,
        string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var frame = await frames.Reader.ReadAsync(timeout.Token);
                if (expected(frame))
                {
                    return frame;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"no render showed {what} within {Patience.TotalSeconds} s");
        }
    }
}
