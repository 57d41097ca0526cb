namespace JobDescGen.Rendering;

/// <summary>
/// Puts a label before a text ("teneinde de ...", "Als coördinator"), eliding the label where the
/// language does: French writes "afin d'assurer" and "En tant qu'exécutant", never "afin de
/// assurer". A language elides a label when its file has the label's <c>_elided</c> form.
/// </summary>
public static class LabelJoiner
{
    /// <summary>The label that joins a statement's action and aim.</summary>
    public const string ConnectorKey = "in_order_to";

    /// <summary>The label before a result area's role.</summary>
    public const string RolePrefixKey = "role_prefix";

    /// <summary>The suffix of a label's elided form (<c>in_order_to_elided: "afin d'"</c>).</summary>
    public const string ElidedSuffix = "_elided";

    // Vowels that trigger elision; an 'h' is left alone, as it is mute in some words and aspirated in others.
    private const string Vowels = "aeiouyàâäéèêëîïôöùûüÿæœ";

    /// <summary>The label <paramref name="labelKey"/> followed by <paramref name="text"/>, elided before a vowel where the language elides it.</summary>
    public static string Join(string labelKey, string text, LanguagePack language)
    {
        if (text.Length > 0
            && Vowels.Contains(char.ToLowerInvariant(text[0]))
            && language.Labels.TryGetValue(labelKey + ElidedSuffix, out var elided))
        {
            return elided + text;
        }

        return $"{language.Label(labelKey)} {text}";
    }

    /// <summary>A statement as one sentence: "action teneinde aim".</summary>
    public static string Statement(string action, string aim, LanguagePack language) =>
        $"{action} {Join(ConnectorKey, aim, language)}";
}
