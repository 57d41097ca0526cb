using System.Text;
using CsCheck;
using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Loading;
using JobDescGen.Rendering;
using JobDescGen.Testing;
using JobDescGen.Tests.Support;
using Xunit;

namespace JobDescGen.Tests.Hardening;

/// <summary>
/// Issue 12, "how to keep it fixed": a bounded property-based run (CsCheck) over the loader and the
/// renderer. The seed corpus is every YAML file of the bundled profiles and of the broken-profile
/// corpus; each sample mutates one with YAML punctuation, escapes, control characters, deep
/// brackets, aliases, byte order marks and invalid bytes. Whatever comes in, no exception escapes
/// (it would be exit 70), nothing hangs, and what is printed holds no control character.
/// A few thousand inputs, well under a minute.
/// </summary>
public sealed class FuzzHarnessTests
{
    private static readonly string[] Fragments =
    [
        ":", "{", "}", "[", "]", "- ", "'", "\"", "\n", " ", "  ", "#", "&a ", "*a", "!", "!!str ", "|", ">-\n", "%", "@", "`", ",", "?", "\t",
        "\\e]0;x\\a", "\\x9b", "\\uDFFF\\uD800", "\\uD800", "\\U0001F600", "\u001b[2J", "\u0085", "\u009b", "\ufeff", "\u2028", "é", "\0",
        new string('[', 70), new string('{', 70), "&x [*x, *x]", "<<: *a\n", "---\n", "...\n", "a: &a b\nc: *a\n", "~", "null", "1e400", ".nan",
    ];

    private static readonly Lazy<(string Kind, string Text)[]> Corpus = new(ReadCorpus);

    private static readonly string[] TemplateFragments =
    [
        "{{ title }}", "{{ for a in result_areas }}- {{ a.role }}\n{{ end }}", "{{ include 'part.sbn' }}", "{{ 'x' | string.repeat 100 }}",
        "{{ func g(n); ret n * 2; end; g 3 }}", "{{ while true; end }}", "{{ x = []; for i in 1..2000; x = x | array.add i; end; x | array.size }}",
        "{{ \"\\x1b[2J\" }}", "{{ 1 / 0 }}", "{{ nosuch }}", "{{ capture c }}text{{ end }}{{ c }}", "{{", "}}", "{{ end }}", "{{ if }}",
        "{{ for c in criteria }}| {{ c.name }} | {{ c.text }} |\n{{ end }}", "# Kop\n\n", "| a | b |\n| --- | --- |\n", "{{ labels.nosuch }}",
        "{{ date.now }}", "{{ purpose.action | string.upcase }}", "{{ '' | string.pad_left 100000 }}", "{{ include 'nosuch.sbn' }}",
    ];

    [Fact]
    public void Mutated_yaml_never_escapes_the_loader_as_an_exception()
    {
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Int[0, Fragments.Length - 1], Gen.Int[1, 40]);
        var sample = Gen.Select(Gen.Int[0, int.MaxValue], mutation.Array[1, 8], Gen.Int[0, 9], Gen.Int[0, int.MaxValue]);
        using var temp = new TempFolder();
        File.Copy(Path.Combine(RepoPaths.Profiles, "levels.yaml"), temp.Of("levels.yaml"));
        File.Copy(Path.Combine(RepoPaths.BundledProfile, "profile.yaml"), temp.Of("seed-profile.yaml"));

        sample.Sample(
            (seed, mutations, byteMutation, bytePosition) =>
            {
                var (kind, text) = Corpus.Value[seed % Corpus.Value.Length];
                var bytes = Bytes(Mutate(text, mutations), byteMutation, bytePosition);
                var folder = temp.Of("p" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Path.Combine(folder, "levels"));
                File.Copy(temp.Of("seed-profile.yaml"), Path.Combine(folder, "profile.yaml"));
                File.WriteAllBytes(Path.Combine(folder, kind), bytes);

                var result = ProfileSetLoader.Load(folder);

                Assert.True(result.Profile is not null || result.Diagnostics.Count > 0);
                AssertPrintable(new DiagnosticFormatter().FormatAll(result.Diagnostics));
                Directory.Delete(folder, recursive: true);
            },
            iter: 2500,
            threads: 2);
    }

    [Fact]
    public void Random_bytes_never_escape_the_text_reader_as_an_exception()
    {
        using var temp = new TempFolder();
        Gen.Byte.Array[0, 200].Sample(
            bytes =>
            {
                var path = temp.Of(Guid.NewGuid().ToString("N"));
                File.WriteAllBytes(path, bytes);
                var diagnostics = new DiagnosticBag();

                var text = SourceText.Read(path, diagnostics);
                if (text is not null)
                {
                    YamlDocumentReaderSafe(path, text, diagnostics);
                }

                Assert.True(text is not null || diagnostics.HasErrors);
                AssertPrintable(new DiagnosticFormatter().FormatAll(diagnostics));
            },
            iter: 2000,
            threads: 2);
    }

    [Fact]
    public void Composed_templates_end_in_a_document_or_an_error_and_never_hang()
    {
        var profile = ProfileSetLoader.Load(RepoPaths.BundledProfile).Profile!;
        var template = Gen.Int[0, TemplateFragments.Length - 1].Array[1, 6];
        var include = Gen.Int[0, TemplateFragments.Length - 1].Array[0, 3];
        using var temp = new TempFolder();

        Gen.Select(template, include).Sample(
            (main, part) =>
            {
                var folder = temp.Of(Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, TemplateSource.JobDescriptionTemplate), string.Concat(main.Select(i => TemplateFragments[i])));
                File.WriteAllText(Path.Combine(folder, "part.sbn"), string.Concat(part.Select(i => TemplateFragments[i])));
                var generator = new JobDescriptionGenerator(new TemplateSource(folder), new DateOnly(2026, 1, 1));

                var render = Task.Run(() => generator.Generate(profile, "A1"));

                // The render time limit is 5 s; a render still running at 30 s is a hang.
                Assert.True(render.Wait(TimeSpan.FromSeconds(30)), "the render did not end");
                var generated = render.Result;
                Assert.True(generated.Succeeded || generated.Diagnostics.HasErrors());
                Assert.Equal(-1, ControlCharacters.IndexOfUnsafe(generated.Markdown ?? string.Empty));
                AssertPrintable(new DiagnosticFormatter().FormatAll(generated.Diagnostics));
            },
            iter: 400,
            threads: 2);
    }

    private static void YamlDocumentReaderSafe(string path, string text, DiagnosticBag diagnostics) =>
        JobDescGen.Loading.Yaml.YamlDocumentReader.Read(path, text, diagnostics);

    // Nothing but text, tabs and line breaks reaches a terminal.
    private static void AssertPrintable(string printed) =>
        Assert.True(ControlCharacters.IndexOfUnsafe(printed) < 0, "control character in: " + printed);

    private static (string Kind, string Text)[] ReadCorpus()
    {
        var corpus = RepoPaths.Of("tests", "JobDescGen.Tests", "Corpus");
        var files = Directory.EnumerateFiles(RepoPaths.Profiles, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(corpus, "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        return [.. files.Select(f => (Kind(f), File.ReadAllText(f)))];
    }

    // Each seed is written back where a file of its kind lives in a profile folder.
    private static string Kind(string file) =>
        Path.GetFileName(file) == "profile.yaml" ? "profile.yaml"
        : Path.GetFileName(file) == "levels.yaml" ? "levels.yaml"
        : Path.Combine("levels", "A1.yaml");

    private static string Mutate(string text, (int Kind, int Position, int Fragment, int Length)[] mutations)
    {
        var result = new StringBuilder(text);
        foreach (var (kind, position, fragment, length) in mutations)
        {
            var at = position % (result.Length + 1);
            var count = Math.Min(length, result.Length - at);
            switch (kind)
            {
                case 0:
                    result.Insert(at, Fragments[fragment]);
                    break;
                case 1:
                    result.Remove(at, count);
                    break;
                case 2:
                    result.Insert(at, result.ToString(at, count));
                    break;
                default:
                    result.Insert(at, string.Concat(Enumerable.Repeat(Fragments[fragment], length)));
                    break;
            }
        }

        return result.ToString();
    }

    // Some samples get a byte order mark, an invalid UTF-8 byte or a truncated sequence.
    private static byte[] Bytes(string text, int mutation, int position)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var at = position % (bytes.Count + 1);
        switch (mutation)
        {
            case 0:
                bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 1:
                bytes.Insert(at, 0xFF);
                break;
            case 2:
                bytes.Insert(at, 0xC3);
                break;
            case 3:
                bytes.InsertRange(0, [0xFF, 0xFE]);
                break;
        }

        return [.. bytes];
    }
}
