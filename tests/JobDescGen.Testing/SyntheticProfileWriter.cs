using System.Globalization;
using System.Text;

namespace JobDescGen.Testing;

/// <summary>
/// Writes synthetic role profiles shaped like the bundled "leidinggevende" one: a notice, a purpose,
/// six result areas of five to seven tasks (two optional), six criteria with a text for each of the
/// levels C, B, A1 and A2, and two definitions referenced from A1 and A2. Same seed, same files.
/// </summary>
public sealed class SyntheticProfileWriter(int seed, IReadOnlyList<string> languages)
{
    /// <summary>The levels every synthetic profile has, lowest first.</summary>
    public static readonly string[] Levels = ["C", "B", "A1", "A2"];

    private static readonly string[] Words =
    [
        "medewerkers", "activiteiten", "opvolgen", "doelstellingen", "realiseren", "planning", "coördineren",
        "kwaliteit", "uitvoering", "dienst", "procedures", "methodes", "verbeteren", "informatie", "betrokkenen",
        "adviseren", "dossiers", "richtlijnen", "prioriteiten", "team", "overleg", "rapporteren", "analyseren",
        "ontwikkelen", "begeleiden", "ondersteunen", "klanten", "burgers", "processen", "projecten", "opleidingen",
        "evaluatie", "budget", "middelen", "organisatie", "samenwerking", "vragen", "beantwoorden", "netwerk",
        "reglementering", "veiligheid", "interventies", "operationele", "administratieve", "tijdige", "continu",
        "externe", "interne", "gespecialiseerde", "strategische", "beleid", "voorstellen", "beslissen", "controleren",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Writes <paramref name="count"/> profiles and a shared levels.yaml into <paramref name="directory"/>; returns the number of files.</summary>
    public int WriteAll(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "levels.yaml"), Catalogue());
        var files = 1;
        for (var i = 1; i <= count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"functie-{i:D4}");
            var folder = Path.Combine(directory, id);
            Directory.CreateDirectory(Path.Combine(folder, "levels"));
            File.WriteAllText(Path.Combine(folder, "profile.yaml"), Profile(id));
            files++;
            foreach (var level in Levels)
            {
                File.WriteAllText(Path.Combine(folder, "levels", level + ".yaml"), Level(level));
                files++;
            }
        }

        return files;
    }

    private string Catalogue()
    {
        var text = new StringBuilder("levels:\n");
        foreach (var level in Levels)
        {
            text.Append("  - id: ").Append(level).Append('\n').Append("    name: ").Append(Inline($"Niveau {level}")).Append('\n');
        }

        return text.ToString();
    }

    private string Profile(string id)
    {
        var text = new StringBuilder();
        text.Append("id: ").Append(id).Append('\n');
        text.Append("languages: [").Append(string.Join(", ", languages)).Append("]\n");
        text.Append("version: \"1.0\"\ndate: 2026-11-28\n");
        text.Append("title: ").Append(Inline(Capitalise(Sentence(2, 3)))).Append('\n');
        text.Append("notice: ").Append(Inline(Capitalise(Sentence(30, 40)) + ".")).Append('\n');
        text.Append("purpose:\n  action: ").Append(Inline(Capitalise(Sentence(8, 12)))).Append("\n  aim: ").Append(Inline(Sentence(8, 14) + ".")).Append('\n');
        text.Append("result_areas:\n");
        for (var area = 0; area < 6; area++)
        {
            text.Append("  - id: rol-").Append(area + 1).Append('\n');
            text.Append("    role: ").Append(Inline(Sentence(1, 2))).Append('\n');
            if (area >= 4)
            {
                text.Append("    optional: true\n");
            }

            text.Append("    action: ").Append(Inline(Sentence(8, 14))).Append('\n');
            text.Append("    aim: ").Append(Inline(Sentence(8, 16) + ".")).Append('\n');
            text.Append("    tasks:\n");
            var tasks = _random.Next(5, 8);
            for (var task = 0; task < tasks; task++)
            {
                text.Append("      - ").Append(Inline(Capitalise(Sentence(6, 16)) + ";")).Append('\n');
            }
        }

        text.Append("criteria:\n");
        for (var criterion = 1; criterion <= 6; criterion++)
        {
            text.Append("  - id: criterium-").Append(criterion).Append("\n    name: ").Append(Inline(Capitalise(Sentence(1, 1)))).Append('\n');
        }

        text.Append("definitions:\n");
        foreach (var term in new[] { "specialisatie", "expertise" })
        {
            text.Append("  - id: ").Append(term).Append("\n    term: ").Append(Inline(term)).Append("\n    text: ").Append(Inline(Capitalise(Sentence(15, 25)) + ".")).Append('\n');
        }

        return text.ToString();
    }

    private string Level(string level)
    {
        var text = new StringBuilder();
        text.Append("level: ").Append(level).Append("\ncriteria:\n");
        for (var criterion = 1; criterion <= 6; criterion++)
        {
            var starred = criterion == 3 && level is "A1" or "A2";
            text.Append("  criterium-").Append(criterion).Append(":\n    text: ").Append(Inline(Capitalise(Sentence(10, 24)) + (starred ? " gespecialiseerd*." : "."))).Append('\n');
            if (starred)
            {
                text.Append("    references: [").Append(level == "A1" ? "specialisatie" : "expertise").Append("]\n");
            }
        }

        return text.ToString();
    }

    // Every language gets the same sentence, marked with its code: the sizes stay realistic.
    private string Inline(string sentence) =>
        "{ " + string.Join(", ", languages.Select(l => $"{l}: \"{(l == languages[0] ? sentence : $"({l}) {sentence}")}\"")) + " }";

    private string Sentence(int min, int max) =>
        string.Join(' ', Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Words[_random.Next(Words.Length)]));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
