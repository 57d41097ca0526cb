using JobDescGen.Diagnostics;
using JobDescGen.Loading.Yaml;
using Xunit;

namespace JobDescGen.Tests.Loading;

public sealed class YamlDocumentReaderTests
{
    [Fact]
    public void Nodes_carry_one_based_positions()
    {
        var root = (YamlMapping)YamlDocumentReader.Read("f.yaml", "id: x\nlist:\n  - a\n  - { k: v }\n", new DiagnosticBag())!;
        var list = (YamlSequence)root.Get("list")!;
        Assert.Equal(new SourceLocation("f.yaml", 1, 5), root.Get("id")!.Location);
        Assert.Equal(new SourceLocation("f.yaml", 3, 5), list.Items[0].Location);
        Assert.Equal(new SourceLocation("f.yaml", 4, 5), list.Items[1].Location);
    }

    [Fact]
    public void Duplicate_keys_are_kept_so_they_can_be_reported()
    {
        var root = (YamlMapping)YamlDocumentReader.Read("f.yaml", "a: 1\na: 2\n", new DiagnosticBag())!;
        Assert.Equal(2, root.Entries.Count);
    }

    [Fact]
    public void Aliases_resolve_to_their_anchor()
    {
        var root = (YamlMapping)YamlDocumentReader.Read("f.yaml", "a: &t { nl: tekst }\nb: *t\n", new DiagnosticBag())!;
        Assert.Same(root.Get("a"), root.Get("b"));
    }

    [Fact]
    public void A_syntax_error_is_a_located_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read("f.yaml", "a: 1\nb: [1, 2\nc: 3\n", diagnostics));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("f.yaml", diagnostic.Location.File);
        Assert.True(diagnostic.Location.Line >= 2);
        Assert.StartsWith("YAML syntax error: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        YamlDocumentReader.Read("f.yaml", "a: 1\n---\nb: 2\n", diagnostics);
        Assert.Equal(2, Assert.Single(diagnostics).Location.Line);
    }
}
