using JobDescGen.Terminal.Components;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Testing;
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
        Assert.Contains("· changed: A1.yaml ·", watch.Output);
        Assert.DoesNotContain('\u001b', watch.Output);
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

    [Fact]
    public async Task Renders_again_when_the_template_changes()
    {
        using var sandbox = new ProfileSandbox();
        var template = Path.Combine(sandbox.Templates, "job-description.md.sbn");
        File.Copy(Path.Combine(RepoPaths.Templates, "job-description.md.sbn"), template);
        await using var watch = new WatchHarness(Requests.For("A1", profileDirectory: sandbox.Profile, templates: sandbox.Templates));
        await watch.Next(f => f.Text.Contains("Voorbeelden van taken\n"), "the first render");

        var text = await File.ReadAllTextAsync(template);
        var edited = text.Replace("**{{ labels.example_tasks }}**", "**{{ labels.example_tasks }} volgens het sjabloon**", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        await File.WriteAllTextAsync(template, edited);

        var render = await watch.Next(f => f.Text.Contains("Voorbeelden van taken volgens het sjabloon"), "a render with the edited template");
        Assert.Equal(["job-description.md.sbn"], render.ChangedFiles);
    }

    [Fact]
    public async Task A_burst_of_saves_gives_one_render()
    {
        using var sandbox = new ProfileSandbox();
        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        // A debounce far longer than the writes below take, so they form one burst.
        await using var watch = new WatchHarness(Requests.For("A1", profileDirectory: sandbox.Profile), TimeSpan.FromSeconds(1));
        await watch.Next(f => f.Drawn, "the first render");

        for (var save = 1; save <= 5; save++)
        {
            await File.WriteAllTextAsync(levelFile, original.Replace("Verantwoordelijkheden delegeren", $"Verantwoordelijkheden delegeren ({save})", StringComparison.Ordinal));
        }

        var render = await watch.Next(_ => true, "the build after the burst");
        Assert.Contains("Verantwoordelijkheden delegeren (5)", render.Text);
        Assert.Equal(2, render.Number);
        Assert.DoesNotContain("(4)", watch.Output);
    }

    [Fact]
    public async Task A_save_by_rename_is_seen()
    {
        using var sandbox = new ProfileSandbox();
        var levelFile = sandbox.InProfile("levels", "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        await using var watch = new WatchHarness(Requests.For("A1", profileDirectory: sandbox.Profile));
        await watch.Next(f => f.Drawn, "the first render");

        // What many editors do: write a new file beside the old one, then rename it over it.
        var temporary = levelFile + ".tmp";
        await File.WriteAllTextAsync(temporary, original.Replace("Verantwoordelijkheden delegeren", "Verantwoordelijkheden overdragen", StringComparison.Ordinal));
        File.Move(temporary, levelFile, overwrite: true);

        var render = await watch.Next(f => f.Text.Contains("Verantwoordelijkheden overdragen"), "a render after the rename");
        Assert.Equal(["A1.yaml"], render.ChangedFiles);
    }

    [Fact]
    public async Task Files_that_are_no_input_are_ignored_and_an_unchanged_text_is_not_redrawn()
    {
        using var sandbox = new ProfileSandbox();
        var levels = sandbox.InProfile("levels");
        var levelFile = Path.Combine(levels, "A1.yaml");
        var original = await File.ReadAllTextAsync(levelFile);
        await using var watch = new WatchHarness(Requests.For("A1", profileDirectory: sandbox.Profile));
        await watch.Next(f => f.Drawn, "the first render");

        // Vim's swap file, its write probe and backup, and a note beside the inputs.
        foreach (var name in new[] { ".A1.yaml.swp", "4913", "A1.yaml~", "notes.txt" })
        {
            await File.WriteAllTextAsync(Path.Combine(levels, name), "level: A1\n");
        }

        // Saving the same text again: a build, but nothing to redraw.
        await File.WriteAllTextAsync(levelFile, original);
        var same = await watch.Next(_ => true, "the build after saving the same text");
        Assert.False(same.Drawn);
        Assert.Equal(1, same.Number);
        Assert.Equal(["A1.yaml"], same.ChangedFiles);

        await File.WriteAllTextAsync(levelFile, original.Replace("Verantwoordelijkheden delegeren", "Verantwoordelijkheden toevertrouwen", StringComparison.Ordinal));
        var changed = await watch.Next(_ => true, "the build after a real edit");
        Assert.True(changed.Drawn);
        Assert.Equal(2, changed.Number);
        Assert.Equal(["A1.yaml"], changed.ChangedFiles);
        Assert.DoesNotContain("render 3", watch.Output);
    }
}
