using JobDescGen.Diagnostics;
using JobDescGen.Formats;
using JobDescGen.Writing;
using Xunit;

namespace JobDescGen.Tests.Pipeline;

public sealed class FormatRegistryTests
{
    private sealed class FakeFormat(string name, string extension) : IOutputFormat
    {
        public string Name => name;

        public string Extension => extension;

        public string MediaType => "text/plain";

        public string Description => name;

        public IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics) => null;
    }

    private static readonly FormatRegistry Registry = new([new MarkdownFormat(), new FakeFormat("text", "txt")]);

    [Fact]
    public void Formats_are_found_by_name_case_insensitively_and_listed_in_registration_order()
    {
        Assert.Equal("text", Registry.Find("TEXT")!.Name);
        Assert.Null(Registry.Find("pdf"));
        Assert.Equal(["md", "text"], Registry.Names);
        Assert.Equal("md, text", Registry.NameList);
    }

    [Fact]
    public void A_path_picks_the_format_by_its_extension_not_its_name()
    {
        Assert.Equal("text", Registry.ForPath("out/notes.TXT")!.Name);
        Assert.Equal("md", Registry.ForPath("a.b/leidinggevende-A1.md")!.Name);
        Assert.Null(Registry.ForPath("out/notes.text"));
        Assert.Null(Registry.ForPath("out/README"));
    }

    [Fact]
    public void Two_formats_may_not_share_a_name_or_an_extension()
    {
        Assert.Throws<ArgumentException>(() => new FormatRegistry([new MarkdownFormat(), new FakeFormat("MD", "markdown")]));
        Assert.Throws<ArgumentException>(() => new FormatRegistry([new MarkdownFormat(), new FakeFormat("markdown", "md")]));
    }
}
