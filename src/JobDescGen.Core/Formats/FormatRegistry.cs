namespace JobDescGen.Formats;

/// <summary>
/// The output formats a tool offers, in the order they are listed. The command line's
/// <c>--format</c>, the format taken from an <c>-o</c> extension, <c>build --formats</c> and
/// <c>validate</c> all ask this, so none of them names a format.
/// </summary>
public sealed class FormatRegistry
{
    private readonly List<IOutputFormat> _formats;

    /// <summary>A registry of <paramref name="formats"/>; names and extensions must be unique.</summary>
    public FormatRegistry(IEnumerable<IOutputFormat> formats)
    {
        _formats = [.. formats];
        var duplicate = _formats.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)
            ?? _formats.GroupBy(f => f.Extension, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two formats registered as '{duplicate.Key}'", nameof(formats));
        }
    }

    /// <summary>Every format, in registration order.</summary>
    public IReadOnlyList<IOutputFormat> All => _formats;

    /// <summary>The formats' names, in registration order.</summary>
    public IEnumerable<string> Names => _formats.Select(f => f.Name);

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public IOutputFormat? Find(string name) =>
        _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format whose extension <paramref name="path"/> has (case-insensitive), or null.</summary>
    public IOutputFormat? ForPath(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        return extension.Length == 0 ? null : _formats.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"md, pdf, docx, html": for messages and help.</summary>
    public string NameList => string.Join(", ", Names);
}
