namespace JobDescGen.Loading;

/// <summary>The wording of "did you mean" hints, shared by every check that names something unknown.</summary>
public static class Hints
{
    /// <summary>"did you mean 'X'?" when a candidate is close to <paramref name="value"/>, else "LABEL: a, b, c".</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates, string listLabel)
    {
        var list = candidates.Distinct().ToList();
        var nearest = KeyMatcher.Nearest(value, list);
        return nearest is not null ? $"did you mean '{nearest}'?" : $"{listLabel}: {(list.Count == 0 ? "none" : string.Join(", ", list))}";
    }
}
