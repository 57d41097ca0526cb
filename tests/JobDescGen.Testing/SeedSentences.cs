
namespace JobDescGen.Testing;

/// <summary>The seed's sentences with the levels they belong to, read from Fixtures/seed-sentences.txt.</summary>
public static class SeedSentences
{
    /// <summary>The four levels of the seed's criteria table.</summary>
    public static readonly string[] Levels = ["C", "B", "A1", "A2"];

    /// <summary>Every sentence with its levels ("all" expanded).</summary>
    public static IReadOnlyList<(string Sentence, IReadOnlySet<string> Levels)> All { get; } = Read();

    /// <summary>
    /// The sentences of <paramref name="level"/> that <paramref name="text"/> (what a reader of one
    /// document sees, whitespace collapsed) lacks, and the sentences of other levels it holds.
    /// </summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Foreign) Compare(string level, string text) =>
        ([.. All.Where(s => s.Levels.Contains(level) && !text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence)],
         [.. All.Where(s => !s.Levels.Contains(level) && text.Contains(s.Sentence, StringComparison.Ordinal)).Select(s => s.Sentence)]);

    /// <summary>The seed extraction itself.</summary>
    public static string SeedText => File.ReadAllText(FixturePath("seed.txt"));

    /// <summary>A file of the Fixtures folder.</summary>
    public static string FixturePath(string name) => RepoPaths.Of("tests", "JobDescGen.Tests", "Fixtures", name);

    private static List<(string, IReadOnlySet<string>)> Read()
    {
        var result = new List<(string, IReadOnlySet<string>)>();
        IReadOnlySet<string> current = new HashSet<string>();
        foreach (var raw in File.ReadAllLines(FixturePath("seed-sentences.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                var names = line.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current = names is ["all"] ? Levels.ToHashSet() : names.ToHashSet();
                continue;
            }

            result.Add((line, current));
        }

        return result;
    }
}
