using System.Text.RegularExpressions;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Docs;

/// <summary>Every link in README.md and docs/*.md to a file of the repository, or to a heading, resolves.</summary>
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

    // GitHub's anchors: the heading in lower case, punctuation dropped, spaces as '-'.
    private static HashSet<string> Anchors(string markdown) =>
        [.. File.ReadLines(markdown).Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#').Trim()))];

    private static string Slug(string heading) =>
        Punctuation().Replace(heading.ToLowerInvariant().Replace("`", string.Empty, StringComparison.Ordinal), string.Empty).Replace(' ', '-');

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex Punctuation();
}
