namespace JobDescGen.Pdf.Text;

/// <summary>What a paragraph is made of for total-fit line breaking (Knuth and Plass).</summary>
internal enum LineItemKind
{
    /// <summary>Text that is never broken: a word, or the part of a word between hyphenation points.</summary>
    Box,

    /// <summary>A space that may stretch or shrink, and where a line may end.</summary>
    Glue,

    /// <summary>A place where a line may end at a cost (a hyphenation point) or must end (a hard break).</summary>
    Penalty,
}

/// <summary>
/// One item: boxes carry their word's styled pieces with the range of its text they cover
/// (<see cref="Start"/> to <see cref="End"/>: a word's parts share its pieces, and are cut out only
/// where a line ends inside the word) and the index of the word they belong to (parts of one word on
/// the same line are drawn as the word); glue carries the style of its space; a penalty carries the
/// style of the hyphen drawn when the line ends there (null: nothing drawn).
/// </summary>
internal readonly record struct LineItem(
    LineItemKind Kind,
    double Width,
    double Stretch = 0,
    double Shrink = 0,
    double Cost = 0,
    bool Flagged = false,
    List<InlineRun>? Pieces = null,
    TextStyle? Style = null,
    int Word = -1,
    int Start = 0,
    int End = 0)
{
    /// <summary>The cost of a break that must happen.</summary>
    public const double Forced = double.NegativeInfinity;

    public bool IsForcedBreak => Kind == LineItemKind.Penalty && Cost == Forced;
}
