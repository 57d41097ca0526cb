using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

public sealed class IncrementalBuildTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void First_build_writes_every_level_and_a_second_skips_them_all()
    {
        var first = _workspace.Build();
        Assert.True(first.Succeeded);
        Assert.Equal(Statuses.AllFiles, first.With(DocumentStatus.Built));
        Assert.Equal(ManifestStatus.Written, first.Manifest);

        var manifestTime = File.GetLastWriteTimeUtc(Path.Combine(_workspace.Output, "manifest.json"));
        var second = _workspace.Build();
        Assert.True(second.Succeeded);
        Assert.Empty(second.With(DocumentStatus.Built));
        Assert.Equal(Statuses.AllFiles, second.With(DocumentStatus.UpToDate));
        Assert.Equal(ManifestStatus.Unchanged, second.Manifest);
        Assert.Equal(manifestTime, File.GetLastWriteTimeUtc(Path.Combine(_workspace.Output, "manifest.json")));
    }

    [Theory]
    [InlineData("profile")]
    [InlineData("catalogue")]
    [InlineData("template")]
    [InlineData("language")]
    [InlineData("theme")]
    [InlineData("font")]
    public void A_change_to_an_input_every_level_uses_rebuilds_every_level(string input)
    {
        _workspace.Build();
        var path = input switch
        {
            "profile" => Path.Combine(_workspace.Profile(), "profile.yaml"),
            "catalogue" => Path.Combine(_workspace.Profiles, "levels.yaml"),
            "template" => Path.Combine(_workspace.Templates, "job-description.md.sbn"),
            "language" => Path.Combine(_workspace.Templates, "lang", "nl.yaml"),
            "theme" => Path.Combine(_workspace.Templates, "theme.yaml"),
            "font" => Path.Combine(_workspace.Templates, "fonts", "Custom-Regular.ttf"),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, "\n# changed\n");

        var result = _workspace.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
    }

    [Fact]
    public void A_change_to_one_level_file_rebuilds_only_that_level_and_the_overview()
    {
        _workspace.Build();
        File.AppendAllText(Path.Combine(_workspace.Profile(), "levels", "A1.yaml"), "\n# changed\n");

        var result = _workspace.Build();

        Assert.Equal(["leidinggevende-A1.md", Statuses.Overview], result.With(DocumentStatus.Built));
        Assert.Equal(3, result.Count(DocumentStatus.UpToDate));
    }

    [Fact]
    public void A_label_file_of_a_language_no_profile_uses_rebuilds_nothing()
    {
        _workspace.Build();
        File.WriteAllText(Path.Combine(_workspace.Templates, "lang", "de.yaml"), "labels: {}\n");

        Assert.Empty(_workspace.Build().With(DocumentStatus.Built));
    }

    [Fact]
    public void A_new_tool_version_rebuilds_everything()
    {
        _workspace.Build(_workspace.Request(toolVersion: "1.0.0"));

        var result = _workspace.Build(_workspace.Request(toolVersion: "1.0.1"));

        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
        Assert.Contains("\"toolVersion\": \"1.0.1\"", File.ReadAllText(Path.Combine(_workspace.Output, "manifest.json")));
    }

    [Fact]
    public void Force_rebuilds_everything_even_when_nothing_changed()
    {
        _workspace.Build();

        var result = _workspace.Build(_workspace.Request(force: true));

        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
    }

    [Fact]
    public void An_output_edited_or_deleted_by_hand_is_rebuilt()
    {
        _workspace.Build();
        File.AppendAllText(Path.Combine(_workspace.Output, "leidinggevende-B.md"), "tampered");
        File.Delete(Path.Combine(_workspace.Output, "leidinggevende-C.md"));

        var result = _workspace.Build();

        Assert.Equal(["leidinggevende-B.md", "leidinggevende-C.md"], result.With(DocumentStatus.Built));
        Assert.DoesNotContain(_workspace.Check().Files, f => f.Status != DocumentStatus.Unchanged);
    }

    [Fact]
    public void The_fallback_date_is_an_input_only_of_profiles_without_a_date()
    {
        _workspace.Build();
        Assert.Empty(_workspace.Build(_workspace.Request(fallbackDate: new DateOnly(2030, 5, 5))).With(DocumentStatus.Built));

        var profile = Path.Combine(_workspace.Profile(), "profile.yaml");
        File.WriteAllLines(profile, File.ReadAllLines(profile).Where(l => !l.StartsWith("date:", StringComparison.Ordinal)));
        _workspace.Build();
        var result = _workspace.Build(_workspace.Request(fallbackDate: new DateOnly(2030, 5, 5)));

        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
        Assert.Contains("5 mei 2030", File.ReadAllText(Path.Combine(_workspace.Output, "leidinggevende-A1.md")));
    }

    [Fact]
    public void A_level_that_goes_away_has_its_file_deleted()
    {
        _workspace.Build();
        File.Delete(Path.Combine(_workspace.Profile(), "levels", "C.yaml"));

        var result = _workspace.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(["leidinggevende-C.md"], result.With(DocumentStatus.Deleted));
        Assert.Equal([Statuses.Overview], result.With(DocumentStatus.Built));
        Assert.DoesNotContain("Niveau C", File.ReadAllText(Path.Combine(_workspace.Output, Statuses.Overview)));
        Assert.DoesNotContain("leidinggevende-C.md", _workspace.OutputFiles());
        Assert.DoesNotContain("leidinggevende-C.md", File.ReadAllText(Path.Combine(_workspace.Output, "manifest.json")));
    }

    [Fact]
    public void A_build_of_some_levels_keeps_the_files_and_entries_of_the_others_and_the_overview()
    {
        _workspace.Build();

        var result = _workspace.Build(_workspace.Request(levels: ["a1"], force: true));

        // The overview shows every level: a build of some levels leaves it (and its entry) as it was.
        Assert.Equal(["leidinggevende-A1.md"], result.With(DocumentStatus.Built));
        Assert.Empty(result.With(DocumentStatus.Deleted));
        Assert.Equal([.. Statuses.AllFiles, "manifest.json"], _workspace.OutputFiles().Order(StringComparer.Ordinal));
        var manifest = ManifestSerializer.Deserialize(File.ReadAllBytes(Path.Combine(_workspace.Output, "manifest.json")));
        Assert.Equal(Statuses.AllFiles, manifest.Entries.Select(e => e.Path));
        Assert.Equal([DocumentKind.Level, DocumentKind.Level, DocumentKind.Level, DocumentKind.Level, DocumentKind.Overview], manifest.Entries.Select(e => e.Kind));
        Assert.DoesNotContain(_workspace.Check().Files, f => f.Status != DocumentStatus.Unchanged);
    }

    [Fact]
    public void A_change_to_the_overview_template_shows_in_the_built_overview()
    {
        _workspace.Build();
        File.WriteAllText(Path.Combine(_workspace.Templates, "overview.md.sbn"), File.ReadAllText(Path.Combine(_workspace.Templates, "overview.md.sbn")) + "\nEigen slot.\n");

        var result = _workspace.Build();

        // Any file of the templates folder is an input of every document (a template may include another).
        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.Built));
        Assert.DoesNotContain("Eigen slot.", File.ReadAllText(Path.Combine(_workspace.Output, "leidinggevende-A1.md")));
        Assert.Contains("Eigen slot.", File.ReadAllText(Path.Combine(_workspace.Output, Statuses.Overview)));
    }
}
