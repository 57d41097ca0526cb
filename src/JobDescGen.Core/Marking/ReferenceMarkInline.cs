using Markdig.Syntax.Inlines;

namespace JobDescGen.Marking;

/// <summary>
/// The <c>*</c> after a word that a definition explains ("gespecialiseerd*"), split out of the
/// literal text by <see cref="DocumentMarker"/>; or, with <see cref="IsTarget"/>, the <c>*</c> that
/// opens the definitions heading. Writers draw it as a mark and link it to the definition.
/// </summary>
public sealed class ReferenceMarkInline : LeafInline
{
    /// <summary>The definitions the marked word refers to, in the order the level lists them.</summary>
    public IReadOnlyList<string> DefinitionIds { get; init; } = [];

    /// <summary>True for the mark that opens the definitions heading: the place the marks point to.</summary>
    public bool IsTarget { get; init; }

    /// <summary>The anchor the mark links to: the first definition's (see <see cref="DefinitionMark.AnchorOf"/>).</summary>
    public string? TargetAnchor => DefinitionIds.Count > 0 ? DefinitionMark.AnchorOf(DefinitionIds[0]) : null;

    /// <summary>The character as written.</summary>
    public const string Text = "*";

    /// <inheritdoc />
    public override string ToString() => Text;
}
