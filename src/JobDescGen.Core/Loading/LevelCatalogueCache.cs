using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>
/// Level catalogues read once per run and shared by the profiles that use them: a folder of 2,000
/// profiles has one levels.yaml, not 2,000. Safe to use from many threads.
/// </summary>
public sealed class LevelCatalogueCache
{
    private readonly ConcurrentDictionary<string, Lazy<(LevelCatalogue Catalogue, IReadOnlyList<Diagnostic> Diagnostics)>> _catalogues =
        new(StringComparer.Ordinal);

    /// <summary>The catalogue in <paramref name="path"/> and the diagnostics of reading it.</summary>
    public (LevelCatalogue Catalogue, IReadOnlyList<Diagnostic> Diagnostics) Get(string path) =>
        _catalogues.GetOrAdd(path, file => new(() =>
        {
            var diagnostics = new DiagnosticBag();
            return (LevelCatalogueLoader.Load(file, diagnostics), [.. diagnostics]);
        })).Value;
}
