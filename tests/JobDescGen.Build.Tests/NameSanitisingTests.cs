using JobDescGen.Building;

namespace JobDescGen.Build.Tests;

public sealed class NameSanitisingTests : IDisposable
{
    private readonly BuildWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("..", "_.")]
    [InlineData("../../etc/passwd", "_._.._etc_passwd")]
    [InlineData("/root", "_root")]
    [InlineData("a\\b:c", "a_b_c")]
    [InlineData(".hidden", "_hidden")]
    [InlineData("", "_")]
    [InlineData("Leidinggevende-A1_x.y", "Leidinggevende-A1_x.y")]
    [InlineData("coördinator", "coördinator")]
    public void Values_lose_every_character_that_could_leave_the_folder(string value, string expected) =>
        Assert.Equal(expected, FileNameSanitizer.Sanitize(value));

    [Theory]
    [InlineData("../{profile}.{ext}")]
    [InlineData("{profile}/../../{level}.{ext}")]
    [InlineData("/tmp/{profile}.{ext}")]
    [InlineData("\\\\server\\{profile}.{ext}")]
    [InlineData("C:{profile}.{ext}")]
    [InlineData("./{profile}.{ext}")]
    [InlineData("{profile}//{level}.{ext}")]
    [InlineData("{profile}-{lvl}.{ext}")]
    [InlineData("{profile")]
    [InlineData("{profile}|{level}.{ext}")]
    [InlineData(" ")]
    public void Patterns_that_could_escape_or_mean_nothing_are_refused(string pattern) =>
        Assert.Throws<FormatException>(() => OutputNamePattern.Parse(pattern));

    [Theory]
    [InlineData("../..", "A1")]
    [InlineData("x/../../y", "..")]
    [InlineData(".", "/etc")]
    public void Hostile_ids_stay_inside_the_output_folder(string profile, string level)
    {
        var path = OutputNamePattern.Parse("{profile}/{level}-{language}.{ext}").Format(profile, level, "../nl", "../md", multilingual: false);

        Assert.DoesNotContain("..", path.Split('/'));
        Assert.True(FileNameSanitizer.IsInside(_workspace.Output, path));
        Assert.Equal(2, path.Split('/').Length);
    }

    [Theory]
    [InlineData("{profile}-{level}.{ext}", true, "p-A1-fr.pdf")]
    [InlineData("{profile}-{level}.{ext}", false, "p-A1.pdf")]
    [InlineData("{language}/{profile}-{level}.{ext}", true, "fr/p-A1.pdf")]
    [InlineData("{level}/{profile}", true, "A1/p-fr")]
    public void The_language_is_added_only_for_profiles_with_several(string pattern, bool multilingual, string expected) =>
        Assert.Equal(expected, OutputNamePattern.Parse(pattern).Format("p", "A1", "fr", "pdf", multilingual));

    [Fact]
    public void An_escaping_name_pattern_is_a_usage_error_and_writes_nothing()
    {
        var (exit, _, error) = _workspace.Cli("build", "--formats", "md", "--out", _workspace.Output, "--name", "../{profile}-{level}.{ext}");

        Assert.Equal(2, exit);
        Assert.Contains("'..'", error, StringComparison.Ordinal);
        Assert.Equal(["out", "profiles", "templates"], Directory.GetFileSystemEntries(_workspace.Root).Select(Path.GetFileName).Where(n => n != "out").Append("out").Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(_workspace.Output));
    }

    [Fact]
    public void A_profile_whose_id_tries_to_climb_out_is_refused_and_nothing_lands_outside()
    {
        var profile = Path.Combine(_workspace.Profile(), "profile.yaml");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("id: leidinggevende", "id: ../../escaped", StringComparison.Ordinal));

        var result = _workspace.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("not a valid id", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_workspace.Root)!, "escaped*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_pattern_with_sub_folders_writes_into_them()
    {
        var result = _workspace.Build(_workspace.Request(name: "{level}/{profile}.{ext}"));

        Assert.True(result.Succeeded);
        Assert.Equal(["A1/leidinggevende.md", "A2/leidinggevende.md", "B/leidinggevende.md", "C/leidinggevende.md", "manifest.json", "overview/leidinggevende.md"], _workspace.OutputFiles());
        Assert.True(_workspace.Check(_workspace.Request(name: "{level}/{profile}.{ext}")).Succeeded);
    }

    [Fact]
    public void Two_documents_that_would_share_a_name_are_an_error_not_an_overwrite()
    {
        var result = _workspace.Build(_workspace.Request(name: "{profile}.{ext}"));

        Assert.False(result.Succeeded);
        Assert.Equal(["leidinggevende.md"], result.With(DocumentStatus.Built));
        Assert.Equal(4, result.Diagnostics.Count(d => d.Message.Contains("would be written twice", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_document_may_take_the_manifest_name()
    {
        var result = _workspace.Build(_workspace.Request(name: "manifest.json", levels: ["A1"]));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'manifest.json' would be written twice", StringComparison.Ordinal));
    }
}
