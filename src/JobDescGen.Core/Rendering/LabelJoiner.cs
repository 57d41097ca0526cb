namespace JobDescGen.Rendering;

/// <summary>
/// Puts a label before a text ("teneinde de ...", "Als coördinator"), eliding the label where the
/// language does: French writes "afin d'assurer" and "En tant qu'exécutant", never "afin de
/// assurer", and "afin d'harmoniser" but "afin de hiérarchiser". A language elides a label when its
/// file has the label's <c>_elided</c> form; its <c>aspirated_h</c> label lists the words an 'h'
/// does not elide before.
/// </summary>
public static class LabelJoiner
{
    /// <summary>The label that joins a statement's action and aim.</summary>
    public const string ConnectorKey = "in_order_to";

    /// <summary>The label before a result area's role.</summary>
    public const string RolePrefixKey = "role_prefix";

    /// <summary>The suffix of a label's elided form (<c>in_order_to_elided: "afin d'"</c>).</summary>
    public const string ElidedSuffix = "_elided";

    /// <summary>The label listing the words whose 'h' is aspirated (no elision: "afin de harceler"), as prefixes.</summary>
    public const string AspiratedHKey = "aspirated_h";

    // Vowels that trigger elision; a mute 'h' does too ("afin d'harmoniser"), an aspirated one does not.
    private const string Vowels = "aeiouyàâäéèêëîïôöùûüÿæœ";

    /// <summary>
    /// The label <paramref name="labelKey"/> followed by <paramref name="text"/>, elided before a vowel
    /// or a mute h where the language elides it; <paramref name="elide"/>, the text's own override
    /// (<c>elide: false</c> in the profile), decides instead when set.
    /// </summary>
    public static string Join(string labelKey, string text, LanguagePack language, bool? elide = null)
    {
        if (language.Labels.TryGetValue(labelKey + ElidedSuffix, out var elided) && (elide ?? Elides(text, language)))
        {
            return elided + text;
        }

        return $"{language.Label(labelKey)} {text}";
    }

    private static bool Elides(string text, LanguagePack language)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var first = char.ToLowerInvariant(text[0]);
        if (Vowels.Contains(first))
        {
            return true;
        }

        // An 'h' is mute unless the language lists the word as aspirated ("hiérarchie", "hausse", "haut").
        if (first != 'h')
        {
            return false;
        }

        var word = text.Split(' ', 2)[0].ToLowerInvariant();
        var aspirated = language.Labels.GetValueOrDefault(AspiratedHKey, string.Empty)
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return !aspirated.Any(prefix => word.StartsWith(prefix.ToLowerInvariant(), StringComparison.Ordinal));
    }

    /// <summary>A statement as one sentence: "action teneinde aim".</summary>
    public static string Statement(Resolving.ResolvedStatement statement, LanguagePack language) =>
        $"{statement.Action} {Join(ConnectorKey, statement.Aim, language, statement.AimElides)}";

    /// <summary>A statement as one sentence, without an elision override.</summary>
    public static string Statement(string action, string aim, LanguagePack language) =>
        Statement(new Resolving.ResolvedStatement(action, aim), language);

    /// <summary>The title of a result area: "Als coördinator", "En tant qu'exécutant".</summary>
    public static string AreaTitle(Resolving.ResolvedResultArea area, LanguagePack language) =>
        Join(RolePrefixKey, area.Role, language, area.RoleElides);
}
