namespace JobDescGen.Marking;

/// <summary>The definition a list item of the definitions states, set on the Markdig list item: the target of reference marks.</summary>
/// <param name="Id">The definition's id in the profile.</param>
/// <param name="Term">The defined term.</param>
public sealed record DefinitionMark(string Id, string Term)
{
    /// <summary>The anchor every format uses for the definition (<c>def-specialisatie</c>).</summary>
    public string Anchor => AnchorOf(Id);

    /// <summary>The anchor of the definition <paramref name="id"/>.</summary>
    public static string AnchorOf(string id) => "def-" + id;
}
