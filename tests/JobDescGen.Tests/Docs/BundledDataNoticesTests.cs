using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Docs;

/// <summary>Every font and data file the tool carries has its licence beside it, quoted in THIRD-PARTY-NOTICES.md.</summary>
public sealed class BundledDataNoticesTests
{
    [Theory]
    [InlineData("src/JobDescGen.Pdf/Fonts/Carlito/OFL.txt", "*.ttf")]
    [InlineData("src/JobDescGen.Pdf/Fonts/DejaVuSans/LICENSE.txt", "*.ttf")]
    [InlineData("src/JobDescGen.Pdf/Fonts/Symbola/LICENSE.txt", "*.ttf")]
    [InlineData("src/JobDescGen.Core/Validation/Unicode/LICENSE.txt", "*.gz")]
    public void The_licence_sits_beside_the_files_and_is_in_the_notices(string licence, string pattern)
    {
        var path = RepoPaths.Of(licence.Split('/'));
        var notices = File.ReadAllText(RepoPaths.Of("THIRD-PARTY-NOTICES.md"));

        Assert.True(File.Exists(path), licence);
        Assert.NotEmpty(Directory.GetFiles(Path.GetDirectoryName(path)!, pattern));
        Assert.Contains(licence, notices, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bundled_font_folder_is_listed()
    {
        var folders = Directory.GetDirectories(RepoPaths.Of("src", "JobDescGen.Pdf", "Fonts")).Where(d => Directory.GetFiles(d, "*.ttf").Length > 0).Select(Path.GetFileName);

        Assert.Equal(["Carlito", "DejaVuSans", "Symbola"], folders.Order(StringComparer.Ordinal));
    }
}
