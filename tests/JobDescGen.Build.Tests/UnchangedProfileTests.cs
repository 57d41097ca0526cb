using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

/// <summary>The manifest's profile records, which let a build skip loading a profile whose sources did not change.</summary>
public sealed class UnchangedProfileTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string ManifestPath => Path.Combine(_workspace.Output, "manifest.json");

    [Fact]
    public void A_clean_build_records_the_profile_and_a_second_build_keeps_the_record()
    {
        _workspace.Build();
        var record = Assert.Single(ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath)).Profiles);
        Assert.Equal(("leidinggevende", "leidinggevende"), (record.Directory, record.Id));
        Assert.Matches("^[0-9a-f]{64}$", record.Sources);

        var second = _workspace.Build();

        Assert.Equal(Statuses.AllFiles, second.With(DocumentStatus.UpToDate));
        Assert.Equal(ManifestStatus.Unchanged, second.Manifest);
    }

    [Fact]
    public void A_record_whose_sources_do_not_match_makes_the_build_load_the_profile_and_rebuild_only_what_changed()
    {
        _workspace.Build();
        File.WriteAllText(ManifestPath, File.ReadAllText(ManifestPath).Replace("\"sources\": \"", "\"sources\": \"0", StringComparison.Ordinal));

        var result = _workspace.Build();

        Assert.Equal(Statuses.AllFiles, result.With(DocumentStatus.UpToDate));
        Assert.Equal(ManifestStatus.Written, result.Manifest);
        Assert.True(_workspace.Check().Succeeded);
    }

    [Fact]
    public void A_build_with_other_options_does_not_reuse_the_record()
    {
        _workspace.Build(_workspace.Request(levels: ["A1"]));

        var result = _workspace.Build();

        Assert.Equal(["leidinggevende-A1.md"], result.With(DocumentStatus.UpToDate));
        Assert.Equal(4, result.Count(DocumentStatus.Built));
        Assert.Contains(Statuses.Overview, result.With(DocumentStatus.Built));
    }

    [Fact]
    public void A_profile_with_warnings_is_never_recorded_so_its_warnings_show_in_every_build()
    {
        var levels = Path.Combine(_workspace.Profile(), "levels");
        File.Move(Path.Combine(levels, "C.yaml"), Path.Combine(levels, "niveau-c.yaml"));

        var first = _workspace.Build();
        var second = _workspace.Build();

        Assert.True(second.Succeeded);
        Assert.Contains(first.Diagnostics, d => d.Message.Contains("niveau-c.yaml", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Empty(ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath)).Profiles);
    }

    [Fact]
    public void After_a_failed_build_only_the_profiles_that_built_cleanly_or_had_a_record_are_recorded()
    {
        _workspace.Build();
        var broken = _workspace.Profile("kapot");
        Directory.CreateDirectory(Path.Combine(broken, "levels"));
        File.WriteAllText(Path.Combine(broken, "profile.yaml"), "id: kapot\n");

        var result = _workspace.Build();

        Assert.False(result.Succeeded);
        // The new, broken profile had no record to keep; the clean one keeps its own.
        Assert.Equal(["leidinggevende"], ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath)).Profiles.Select(p => p.Id));
        Directory.Delete(broken, recursive: true);
        Assert.True(_workspace.Build().Succeeded);
        Assert.Single(ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath)).Profiles);
    }

    [Fact]
    public void Check_expects_the_same_records_a_build_writes()
    {
        var request = _workspace.Request(name: "{level}/{profile}.{ext}");
        _workspace.Build(request);

        var check = _workspace.Check(request);

        Assert.Equal(ManifestStatus.Unchanged, check.Manifest);
        Assert.True(check.Succeeded);
    }

    [Fact]
    public void A_partial_build_keeps_the_records_so_a_full_check_still_passes()
    {
        _workspace.Build();
        var records = ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath)).Profiles;

        _workspace.Build(_workspace.Request(levels: ["A1"]));

        Assert.Equal(records, ManifestSerializer.Deserialize(File.ReadAllBytes(ManifestPath)).Profiles);
        var check = _workspace.Check();
        Assert.Equal(ManifestStatus.Unchanged, check.Manifest);
        Assert.True(check.Succeeded);
    }
}
