namespace JobDescGen.Rendering;

/// <summary>The labels and month names of one document language ("Doel", "Pagina {page} van {pages}").</summary>
public sealed record LanguagePack(string Language, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Months)
{
    /// <summary>The label for <paramref name="key"/>, or the key itself so a gap shows instead of crashing.</summary>
    public string Label(string key) => Labels.TryGetValue(key, out var label) ? label : key;

    /// <summary>A date written the way the language writes it ("28 november 2026", "1er décembre 2026" where the language has a <c>day_one</c> label).</summary>
    public string LongDate(DateOnly date) =>
        $"{(date.Day == 1 && Labels.TryGetValue("day_one", out var first) ? first : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year}";

    /// <summary>The page footer ("Pagina 2 van 5").</summary>
    public string PageLabel(int page, int pages) =>
        Label("page").Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
