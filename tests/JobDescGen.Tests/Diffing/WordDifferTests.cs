using JobDescGen.Diffing;
using JobDescGen.Testing;
using Xunit;

namespace JobDescGen.Tests.Diffing;

public sealed class WordDifferTests
{
    [Fact]
    public void Both_texts_come_back_from_the_runs_for_every_pair_of_bundled_levels()
    {
        foreach (var from in BundledDocuments.Levels)
        {
            foreach (var to in BundledDocuments.Levels)
            {
                var a = BundledDocuments.Document(from).Description.Criteria;
                var b = BundledDocuments.Document(to).Description.Criteria;
                foreach (var (before, after) in a.Zip(b))
                {
                    var runs = WordDiffer.Diff(before.Text, after.Text);
                    Assert.Equal(before.Text, string.Concat(runs.Where(r => r.Kind != WordChangeKind.Inserted).Select(r => r.Text)));
                    Assert.Equal(after.Text, string.Concat(runs.Where(r => r.Kind != WordChangeKind.Deleted).Select(r => r.Text)));
                }
            }
        }
    }

    [Fact]
    public void Neighbouring_word_changes_read_as_one_run()
    {
        var runs = WordDiffer.Diff("leid het team goed", "leid een of meer teams goed");
        Assert.Equal(
            [new(WordChangeKind.Equal, "leid "), new(WordChangeKind.Deleted, "het team"), new(WordChangeKind.Inserted, "een of meer teams"), new WordChange(WordChangeKind.Equal, " goed")],
            runs);
    }

    [Fact]
    public void Equal_texts_have_one_equal_run() =>
        Assert.Equal([new WordChange(WordChangeKind.Equal, "zelfde tekst.")], WordDiffer.Diff("zelfde tekst.", "zelfde tekst."));

    [Fact]
    public void Colour_marks_changes_and_plain_text_has_none()
    {
        var labels = BundledDocuments.Document("A2").Language;
        var diff = LevelDiffer.Compare(BundledDocuments.Document("A1").Description, BundledDocuments.Document("A2").Description, labels);
        var coloured = DiffTextWriter.Write(diff, labels, color: true);
        var plain = DiffTextWriter.Write(diff, labels, color: false);
        Assert.Contains("\u001b[31;9mkorte\u001b[0m\u001b[32;4mmiddellange\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("[-korte-]{+middellange+}", plain, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', plain);
    }
}
