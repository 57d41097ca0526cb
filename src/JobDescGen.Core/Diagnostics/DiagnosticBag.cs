using System.Collections;

namespace JobDescGen.Diagnostics;

/// <summary>
/// Collects problems instead of throwing at the first one, so a user sees every mistake in one run
/// (the message-bag model Scriban uses).
/// </summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.HasErrors();

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public Diagnostic this[int index] => _items[index];

    /// <summary>Adds an error.</summary>
    public void Error(SourceLocation location, string message, string? hint = null, string? yamlPath = null) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Error, location, message, hint, yamlPath));

    /// <summary>Adds a warning.</summary>
    public void Warning(SourceLocation location, string message, string? hint = null, string? yamlPath = null) =>
        _items.Add(new Diagnostic(DiagnosticSeverity.Warning, location, message, hint, yamlPath));

    /// <summary>Adds an existing diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds every diagnostic of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics ordered by file, line and column, as a user reads them.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
