using System.Globalization;
using System.Text.RegularExpressions;
using JobDescGen.Diagnostics;
using JobDescGen.Loading.Text;
using JobDescGen.Loading.Yaml;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>
/// Typed reads of YAML nodes that report every mismatch (wrong type, unknown key, missing field,
/// empty list) to a diagnostic bag and carry on, so one run shows all the mistakes in a file.
/// </summary>
/// <param name="diagnostics">Where problems go.</param>
/// <param name="defaultLanguage">The language of a text written as a plain string; null makes such a text language-neutral.</param>
/// <param name="languages">The languages a text may have; null allows any language code.</param>
public sealed partial class YamlFieldReader(DiagnosticBag diagnostics, string? defaultLanguage, IReadOnlyList<string>? languages = null)
{
    // Names given to list items for messages: "result area 'teamcoordinator'" says more than "result_areas[1]".
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The key of a text's elision override (<c>elide: false</c>), beside its languages.</summary>
    public const string ElideKey = "elide";

    /// <summary>Where problems go.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Names the value at <paramref name="path"/> in messages (<c>result area 'teamcoordinator'</c>) instead of by its index.</summary>
    public void Name(string path, string name) => _names[path] = name;

    /// <summary>
    /// The value at <paramref name="path"/> as messages name it: <c>'purpose.aim'</c>, or under a
    /// named item <c>result area 'teamcoordinator', task 4</c> for <c>result_areas[1].tasks[3]</c>.
    /// </summary>
    public string Describe(string path)
    {
        var named = _names.Keys.Where(p => path == p || path.StartsWith(p + ".", StringComparison.Ordinal)).MaxBy(p => p.Length);
        if (named is null)
        {
            return $"'{path}'";
        }

        var parts = new List<string> { _names[named] };
        foreach (var segment in path.Length == named.Length ? [] : path[(named.Length + 1)..].Split('.'))
        {
            var item = ListItem().Match(segment);
            parts.Add(item.Success ? $"{Singular(item.Groups[1].Value)} {int.Parse(item.Groups[2].Value, CultureInfo.InvariantCulture) + 1}"
                : languages?.Contains(segment) == true ? $"('{segment}')"
                : $"'{segment}'");
        }

        return string.Join(", ", parts).Replace(", ('", " ('", StringComparison.Ordinal);
    }

    /// <summary>Names the list item at <paramref name="path"/> by its id, when it has a usable one: <c>result area 'teamcoordinator'</c>.</summary>
    public void NameById(YamlNode? item, string path, string kind)
    {
        if ((item as YamlMapping)?.Get("id") is YamlScalar { IsNull: false } id && IdPattern().IsMatch(id.Value))
        {
            Name(path, $"{kind} '{id.Value}'");
        }
    }

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;

    /// <summary>The node as a mapping, after checking its keys; null (and an error) when it is not a mapping.</summary>
    public YamlMapping? Mapping(YamlNode? node, string path, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> required)
    {
        if (node is not YamlMapping mapping)
        {
            if (node is not null)
            {
                WrongType(node, path, "a mapping of keys to values");
            }

            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in mapping.Entries)
        {
            if (!seen.Add(key.Value))
            {
                Diagnostics.Error(key.Location, $"duplicate key '{key.Value}'", "remove one of the two entries; YAML keeps only one", Join(path, key.Value));
            }
            else if (!allowed.Contains(key.Value))
            {
                var nearest = KeyMatcher.Nearest(key.Value, allowed);
                if (nearest is not null)
                {
                    meant.Add(nearest);
                }

                Diagnostics.Error(key.Location, $"unknown key '{key.Value}'{Where(path)}", Hints.DidYouMean(key.Value, allowed, "valid keys here"), Join(path, key.Value));
            }
        }

        foreach (var name in required)
        {
            // "tilte:" already says "did you mean 'title'?": a second error for the missing title adds nothing.
            if (!seen.Contains(name) && !meant.Contains(name))
            {
                Diagnostics.Error(mapping.Location, $"missing required field '{name}'{Where(path)}", $"add '{name}:' to this mapping", Join(path, name));
            }
        }

        return mapping;
    }

    /// <summary>
    /// A mapping whose keys are ids chosen by the user (criterion ids, area ids): every key is
    /// allowed, duplicates are still reported.
    /// </summary>
    public YamlMapping? IdKeyedMapping(YamlNode? node, string path) =>
        Mapping(node, path, [.. ((node as YamlMapping)?.Entries.Select(e => e.Key.Value) ?? [])], []);

    /// <summary>A required scalar string; null (and an error) when absent, empty or not a scalar.</summary>
    public string? String(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            WrongType(node, path, "a text value");
            return null;
        }

        var value = Normalize(scalar.Value);
        if (value.Length == 0)
        {
            Diagnostics.Error(node.Location, $"{Describe(path)} is empty", "write a value here", path);
            return null;
        }

        return value;
    }

    /// <summary>An identifier: letters, digits, '-' and '_', so it is safe in file names and URLs.</summary>
    public string? Id(YamlNode? node, string path)
    {
        var value = String(node, path);
        if (value is not null && !IdPattern().IsMatch(value))
        {
            Diagnostics.Error(node!.Location, $"'{value}' is not a valid id", "use letters, digits, '-' and '_' only, starting with a letter or digit", path);
            return null;
        }

        return value;
    }

    /// <summary>An id that refers to something, with its location for "unknown reference" errors.</summary>
    public LocatedId? Reference(YamlNode node, string path)
    {
        var value = Id(node, path);
        return value is null ? null : new LocatedId(value, node.Location);
    }

    /// <summary>An optional boolean (<c>true</c> / <c>false</c>); <paramref name="fallback"/> when absent or wrong.</summary>
    public bool Bool(YamlNode? node, string path, bool fallback)
    {
        if (node is null)
        {
            return fallback;
        }

        if (node is YamlScalar { IsPlain: true } scalar && bool.TryParse(scalar.Value, out var value))
        {
            return value;
        }

        WrongType(node, path, "true or false", node is YamlScalar { IsPlain: false } ? "write true or false without quotes" : $"write true or false{(node is YamlScalar { IsNull: false } text ? $" instead of '{text.Value}'" : string.Empty)}");
        return fallback;
    }

    /// <summary>An optional date written as YYYY-MM-DD.</summary>
    public DateOnly? Date(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar
            && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Diagnostics.Error(node.Location, $"{Describe(path)} is not a date", "write the date as YYYY-MM-DD, for example 2026-03-01", path);
        return null;
    }

    /// <summary>A human-readable text: a plain string (in the default language) or a mapping from language code to string.</summary>
    public LocalizedText? Text(YamlNode? node, string path) => Text(node, path, elidable: false);

    /// <summary>
    /// A human-readable text: either a plain string (in the default language) or a mapping from
    /// language code to string. With <paramref name="elidable"/> (a role, an aim: the texts after a
    /// label that a language may elide), the mapping may also hold <c>elide: true|false</c>.
    /// </summary>
    public LocalizedText? Text(YamlNode? node, string path, bool elidable)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar)
        {
            var value = String(node, path);
            return value is null ? null : new LocalizedText(new Dictionary<string, string> { [defaultLanguage ?? LocalizedText.Neutral] = value }, node.Location);
        }

        if (node is not YamlMapping mapping)
        {
            WrongType(node, path, "a text, or a mapping from language code to text (nl: ..., fr: ...)");
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool? elide = null;
        foreach (var (key, valueNode) in mapping.Entries)
        {
            var keyPath = Join(path, key.Value);
            if (key.Value == ElideKey)
            {
                if (elidable)
                {
                    elide = Bool(valueNode, keyPath, false);
                }
                else
                {
                    Diagnostics.Error(key.Location, $"'{ElideKey}' does not apply{Where(path)}", "'elide' belongs beside the languages of a role or an aim, the texts that follow 'En tant que' and 'afin de'", keyPath);
                }

                continue;
            }

            if (!LanguagePattern().IsMatch(key.Value))
            {
                Diagnostics.Error(key.Location, $"'{key.Value}' is not a language code{Where(path)}", "use a two-letter language code such as 'nl' or 'fr'", keyPath);
                continue;
            }

            if (languages is not null && !languages.Contains(key.Value))
            {
                Diagnostics.Error(
                    key.Location,
                    $"'{key.Value}' is not one of the profile's languages ({string.Join(", ", languages)})",
                    $"add '{key.Value}' to 'languages' in profile.yaml, or remove this text",
                    keyPath);
                continue;
            }

            if (values.ContainsKey(key.Value))
            {
                Diagnostics.Error(key.Location, $"duplicate language '{key.Value}'{Where(path)}", "keep one translation per language", keyPath);
                continue;
            }

            var value = String(valueNode, keyPath);
            if (value is not null)
            {
                values[key.Value] = value;
            }
        }

        if (mapping.Entries.All(e => e.Key.Value == ElideKey))
        {
            Diagnostics.Error(mapping.Location, $"{Describe(path)} has no text", "write the text, for example 'nl: ...'", path);
        }

        return values.Count == 0 ? null : new LocalizedText(values, node.Location) { Elide = elide };
    }

    /// <summary>A language code ("nl", "fr", "nl-BE"), with its location.</summary>
    public LocatedId? LanguageReference(YamlNode node, string path)
    {
        var value = String(node, path);
        if (value is not null && !LanguagePattern().IsMatch(value))
        {
            Diagnostics.Error(node.Location, $"'{value}' is not a language code", "use a two-letter language code such as 'nl' or 'fr'", path);
            return null;
        }

        return value is null ? null : new LocatedId(value, node.Location);
    }

    /// <summary>A list whose items are read by <paramref name="readItem"/>; an empty list is an error.</summary>
    public List<T> List<T>(YamlNode? node, string path, Func<YamlNode, string, T?> readItem)
        where T : class
    {
        var result = new List<T>();
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequence sequence)
        {
            WrongType(node, path, "a list (items starting with '- ')", node is YamlScalar { IsNull: false } scalar ? $"write it as a list: [{scalar.Value}]" : null);
            return result;
        }

        if (sequence.Items.Count == 0)
        {
            Diagnostics.Error(node.Location, $"{Describe(path)} is an empty list", "add at least one item, or remove the key if it is optional", path);
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = readItem(sequence.Items[i], $"{path}[{i}]");
            if (item is not null)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Reports an id that was already used by an earlier item of the same kind.</summary>
    public void CheckUnique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> location, string kind, StringComparer? comparer = null)
    {
        // Ids are matched exactly everywhere but levels, so "Supervisie" and "supervisie" are two ids.
        var first = new Dictionary<string, SourceLocation>(comparer ?? StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!first.TryAdd(id(item), location(item)))
            {
                var earlier = first[id(item)];
                Diagnostics.Error(location(item), $"duplicate {kind} id '{id(item)}'", $"it is already used at line {earlier.Line}; ids must be unique");
            }
        }
    }

    /// <summary>Reports a text that lacks one of the profile's languages.</summary>
    public void RequireLanguages(LocalizedText? text, IReadOnlyList<string> languages, string path)
    {
        if (text is null)
        {
            return;
        }

        foreach (var language in languages)
        {
            if (text.Get(language) is null)
            {
                Diagnostics.Error(text.Location, $"{Describe(path)} has no '{language}' text", $"add '{language}: ...' (the profile's languages are {string.Join(", ", languages)})", path);
            }
        }
    }

    private void WrongType(YamlNode node, string path, string expected, string? hint = null) =>
        Diagnostics.Error(node.Location, $"{Describe(path)} should be {expected}, but is {node.KindName}", hint, path);

    private string Where(string path) => path.Length == 0 ? string.Empty : $" in {Describe(path)}";

    /// <summary>Joins a YAML path and a key.</summary>
    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    // Texts are single paragraphs: line breaks from block scalars and doubled spaces carry no meaning.
    // NFC makes a decomposed "é" (e + U+0301, as some editors and PDFs paste it) one character, so
    // fonts, hyphenation, search and comparisons see what the reader sees; nothing else is rewritten.
    private static string Normalize(string text) => NfcNormalizer.Normalize(Whitespace().Replace(text, " ").Trim());

    /// <summary>True when <paramref name="id"/> is a valid id (profile, level, area, task, job): letters, digits, '-' and '_', starting with a letter or digit.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^([a-z_]+)\[(\d+)\]$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
