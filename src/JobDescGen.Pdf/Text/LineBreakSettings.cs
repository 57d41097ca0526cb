namespace JobDescGen.Pdf.Text;

/// <summary>
/// The costs and tolerances of total-fit line breaking, in TeX's terms: demerits grow with the
/// square of badness (100 × ratio³) plus penalties; the defaults are TeX's plain values, with a
/// space stretching by half and shrinking by a third of its width.
/// </summary>
internal readonly record struct LineBreakSettings
{
    public LineBreakSettings()
    {
    }

    public double SpaceStretch { get; init; } = 0.5;

    public double SpaceShrink { get; init; } = 1.0 / 3;

    /// <summary>The largest adjustment ratio of a justified line in the first pass (0.95: spaces up to 1.475 ×, under 1.5 × measured).</summary>
    public double Tolerance { get; init; } = 0.95;

    /// <summary>The ratio allowed when no set of breaks fits the tolerance.</summary>
    public double EmergencyTolerance { get; init; } = 3;

    public double LinePenalty { get; init; } = 10;

    public double HyphenPenalty { get; init; } = 50;

    /// <summary>A soft hyphen in the text is where the author wants a word broken: cheaper than a pattern's point.</summary>
    public double SoftHyphenPenalty { get; init; } = 10;

    public double ExplicitHyphenPenalty { get; init; } = 50;

    /// <summary>A break inside a web or e-mail address costs what a hyphen does, but draws nothing.</summary>
    public double AddressBreakPenalty { get; init; } = 50;

    public double DoubleHyphenDemerits { get; init; } = 10_000;

    public double FinalHyphenDemerits { get; init; } = 5_000;

    public double AdjacentLooseTightDemerits { get; init; } = 10_000;

    /// <summary>Demerits for a last line of one word shorter than <see cref="ShortLastLine"/> of the column.</summary>
    public double ShortLastLineDemerits { get; init; } = 20_000;

    public double ShortLastLine { get; init; } = 0.2;

    /// <summary>At most this many hyphenated lines in a row.</summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;

    /// <summary>How far a ragged line may fall short of the column before it counts as badly as a fully stretched justified one, in ems.</summary>
    public double RaggedStretch { get; init; } = 3;

    /// <summary>Hyphenating a ragged line is only worth it for a much calmer edge.</summary>
    public double RaggedHyphenPenalty { get; init; } = 150;
}
