using JobDescGen.Terminal.Rendering;
using JobDescGen.Terminal.Tests.Support;
using JobDescGen.Terminal.Theming;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Terminal.Tests.Rendering;

/// <summary>Every level of the bundled profile at 40, 80 and 120 columns, in colour and plain, against reviewed snapshots.</summary>
public sealed class DocumentSnapshotTests
{
    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var level in BundledDocuments.Levels)
        {
            foreach (var width in new[] { 40, 80, 120 })
            {
                data.Add(level, width, false);
                data.Add(level, width, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_matches_snapshot(string level, int width, bool color)
    {
        var renderable = new TerminalDocumentRenderer(PreviewTheme.Default).Render(BundledDocuments.Document(level));

        var text = Render.ToText(renderable, width, color);

        Snapshot.Match(text, $"{level}.w{width}.{(color ? "color" : "plain")}");
    }
}
