namespace JobDescGen.Pdf.Theme;

/// <summary>Distances from the four edges, in points.</summary>
/// <param name="Top">From the top edge.</param>
/// <param name="Right">From the right edge.</param>
/// <param name="Bottom">From the bottom edge.</param>
/// <param name="Left">From the left edge.</param>
public readonly record struct Thickness(double Top, double Right, double Bottom, double Left);
