using System.Text.RegularExpressions;
using JobDescGen.Testing;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace JobDescGen.Tests.Docs;

/// <summary>
/// Every link in README.md and docs/*.md to a file of the repository, or to a heading, resolves;
/// and every heading written in them is one when the file is read as GitHub-flavoured Markdown.
/// </summary>
public sealed partial class DocumentLinkTests
{
    public static TheoryData<string> Documents() =>
        new(new[] { "README.md" }.Concat(Directory.GetFiles(RepoPaths.Of("docs"), "*.md").Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Local_links_and_anchors_resolve(string document)
    {
        var path = RepoPaths.Of(document);
        foreach (Match link in Link().Matches(File.ReadAllText(path)))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = target.Split('#', 2);
            var file = parts[0].Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, parts[0]));
            Assert.True(File.Exists(file) || Directory.Exists(file), $"{document}: the link to '{target}' names no file");
            if (parts.Length == 2)
            {
                Assert.Contains(parts[1], Anchors(file));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_heading_line_is_a_heading_and_no_code_block_runs_on(string document)
    {
        // A fence with text after it ("``` With ...") does not close its block: the headings that
        // follow are swallowed into code, and their anchors are gone.
        var path = RepoPaths.Of(document);
        var written = File.ReadLines(path).Where(l => HeadingLine().IsMatch(l)).Select(l => l.TrimStart('#').Trim()).ToList();

        Assert.Equal(written, Headings(path).Where(h => h.Level >= 2).Select(h => h.Text));
    }

    // GitHub's anchors: the heading in lower case, punctuation dropped, spaces as '-'.
    private static HashSet<string> Anchors(string markdown) => [.. Headings(markdown).Select(h => Slug(h.Text))];

    // The headings as a GitHub-flavoured Markdown reader finds them (not '#' comments in code blocks).
    private static List<(int Level, string Text)> Headings(string markdown)
    {
        var lines = File.ReadAllLines(markdown);
        return [.. Markdown.Parse(string.Join('\n', lines), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build())
            .Descendants<HeadingBlock>()
            .Select(h => (h.Level, lines[h.Line].TrimStart('#').Trim()))];
    }

    private static string Slug(string heading) =>
        Punctuation().Replace(heading.ToLowerInvariant().Replace("`", string.Empty, StringComparison.Ordinal), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"^#{2,6} \S")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex Punctuation();
}
