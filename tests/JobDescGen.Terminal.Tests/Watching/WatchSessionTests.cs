using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using Xunit;

namespace JobDescGen.Terminal.Tests.Watching;

/// <summary>
/// <c>--watch</c> against real files: each step edits a file and then waits for a render that
/// shows the edit. The waits are generous and end as soon as the expected render arrives.
/// </summary>
public sealed class WatchSessionTests
{
    [Fact]
    public async Task Renders_again_on_change_shows_diagnostics_when_broken_and_recovers_when_fixed()
    {
        using var sandbox = new ProfileSandbox();
        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        await using var watch = new WatchHarness(Requests.For("A1", profileDirectory: sandbox.Profile, templates: sandbox.Templates));

        await watch.Next(f => f.Text.Contains("Verantwoordelijkheden delegeren aan de"), "the first render");

        var changed = original.Replace("Verantwoordelijkheden delegeren", "Verantwoordelijkheden toevertrouwen", StringComparison.Ordinal);
        Assert.NotEqual(original, changed);
        await File.WriteAllTextAsync(levelFile, changed);
        await watch.Next(f => f.Text.Contains("Verantwoordelijkheden toevertrouwen aan de"), "a render with the edited criterion");

        await File.WriteAllTextAsync(levelFile, changed + "criteria: [unclosed\n");
        var broken = await watch.Next(f => f.Frame.HasErrors, "diagnostics for the broken level file");
        Assert.Null(broken.Frame.Document);
        Assert.Contains(broken.Frame.Diagnostics, d => d.Location.File.EndsWith("A1.yaml", StringComparison.Ordinal) && d.Location.HasPosition);
        Assert.Contains("error", Render.ToText(new DiagnosticsView(broken.Frame.Diagnostics, PreviewTheme.Default), 80));

        await File.WriteAllTextAsync(levelFile, changed);
        await watch.Next(f => !f.Frame.HasErrors && f.Text.Contains("Verantwoordelijkheden toevertrouwen aan de"), "recovery after the fix");

        // A label file in the templates folder is an input too.
        var labels = Path.Combine(sandbox.Templates, "lang", "nl.yaml");
        await File.WriteAllTextAsync(labels, (await File.ReadAllTextAsync(labels)).Replace("purpose: Doel", "purpose: Doelstelling", StringComparison.Ordinal));
        await watch.Next(f => f.Text.Contains("\nDoelstelling\n"), "a render with the changed label");

        await watch.StopAsync();
        Assert.Contains("render 1 · started · watching", watch.Output);
    }

    [Fact]
    public async Task Starts_on_broken_input_follows_a_deleted_level_file_and_comes_back_when_restored()
    {
        using var sandbox = new ProfileSandbox();
        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        await File.WriteAllTextAsync(levelFile, "level: A1\ncriteria: [\n");
        await using var watch = new WatchHarness(Requests.For("A1", profileDirectory: sandbox.Profile));

        await watch.Next(f => f.Frame.HasErrors && f.Frame.Document is null, "diagnostics for the broken start");

        // Without A1 the profile no longer references the term 'specialisatie': a new error, elsewhere.
        File.Delete(levelFile);
        var deleted = await watch.Next(f => f.Frame.HasErrors && !f.Frame.Diagnostics.Any(d => d.Location.File.EndsWith("A1.yaml", StringComparison.Ordinal)), "the diagnostics after the deletion");
        Assert.Null(deleted.Frame.Document);

        await File.WriteAllTextAsync(levelFile, original);
        await watch.Next(f => !f.Frame.HasErrors && f.Text.Contains("Leidinggevende — Niveau A1"), "the document once the file is back");

        await watch.StopAsync();
    }
}
