using JobDescGen.Rendering;
using Xunit;

namespace JobDescGen.Tests.Rendering;

public sealed class MarkdownTidierTests
{
    [Fact]
    public void Collapses_blank_lines_and_trims_trailing_spaces() =>
        Assert.Equal("# T\n\npara\n\n- a\n- b\n", MarkdownTidier.Tidy("\n\n# T  \n\n\n\npara\t\n\n- a\r\n- b\n\n\n"));

    [Fact]
    public void Leaves_fenced_code_as_written() =>
        Assert.Equal("```\ncode  \n\n\nmore\n```\n", MarkdownTidier.Tidy("```\ncode  \n\n\nmore\n```\n"));
}
