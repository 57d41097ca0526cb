using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Writing;

namespace JobDescGen.Building;

/// <summary>
/// Makes the files of one planned document: skips those whose inputs are unchanged, renders the
/// Markdown once, runs each format's writer, then writes the bytes atomically (build) or compares
/// them with the file on disk (check). Bytes are dropped as soon as they are written or compared,
/// so memory stays flat however many documents there are.
/// </summary>
internal sealed class DocumentBuilder(
    JobDescriptionGenerator generator,
    BuildRequest request,
    BuildMode mode,
    IReadOnlyDictionary<string, ManifestEntry> previous)
{
    /// <summary>The results of the document's files, and the diagnostics met on the way.</summary>
    public (List<DocumentResult> Results, List<Diagnostic> Diagnostics) Build(PlannedDocument document)
    {
        var results = new List<DocumentResult>(document.Outputs.Count);
        var diagnostics = new List<Diagnostic>();
        var pending = new List<PlannedOutput>(document.Outputs.Count);
        foreach (var output in document.Outputs)
        {
            if (UpToDate(output) is { } entry)
            {
                results.Add(DocumentResult.For(entry, DocumentStatus.UpToDate));
            }
            else
            {
                pending.Add(output);
            }
        }

        if (pending.Count == 0)
        {
            return (results, diagnostics);
        }

        var generated = generator.Generate(document.Profile, document.LevelId, document.Language);
        diagnostics.AddRange(generated.Diagnostics);
        foreach (var output in pending)
        {
            results.Add(generated.Succeeded ? Make(document, output, generated, diagnostics) : Failed(document, output));
        }

        return (results, diagnostics);
    }

    private DocumentResult Make(PlannedDocument document, PlannedOutput output, GeneratedDocument generated, List<Diagnostic> diagnostics)
    {
        var levelFile = document.Profile.FindLevel(document.LevelId)!.File;
        byte[] bytes;
        try
        {
            bytes = output.Writer.Write(generated.Required);
        }
        catch (Exception exception)
        {
            // One document's writer failing must not stop the batch: report it and go on.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(levelFile), $"cannot make {output.RelativePath}: {exception.GetType().Name}: {exception.Message}", "this is likely a bug in the writer; please report it"));
            return Failed(document, output);
        }

        var entry = new ManifestEntry(output.RelativePath, document.Profile.Id, document.LevelId, document.Language, output.Writer.Format, bytes.LongLength, InputHasher.Sha256Hex(bytes), output.InputHash);
        var path = FullPath(output.RelativePath);
        if (mode == BuildMode.Check)
        {
            var status = !File.Exists(path) ? DocumentStatus.Missing
                : File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes) ? DocumentStatus.Unchanged
                : DocumentStatus.Stale;
            return DocumentResult.For(entry, status);
        }

        try
        {
            AtomicFileWriter.Write(path, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(path), $"cannot write the file: {exception.Message}", "check that the output folder is writable"));
            return Failed(document, output);
        }

        return DocumentResult.For(entry, DocumentStatus.Built);
    }

    /// <summary>True when the output folder still holds the file <paramref name="entry"/> records: same size, same SHA-256.</summary>
    public bool OnDisk(ManifestEntry entry)
    {
        var path = FullPath(entry.Path);
        var info = new FileInfo(path);
        return info.Exists && info.Length == entry.Size && InputHasher.Sha256Hex(File.ReadAllBytes(path)) == entry.Sha256;
    }

    // Up to date: same inputs as when the manifest recorded it, and the file still has the recorded bytes.
    private ManifestEntry? UpToDate(PlannedOutput output) =>
        mode == BuildMode.Write && !request.Force && previous.TryGetValue(output.RelativePath, out var entry) && entry.Inputs == output.InputHash && OnDisk(entry)
            ? entry
            : null;

    private string FullPath(string relativePath)
    {
        if (!FileNameSanitizer.IsInside(request.OutputDirectory, relativePath))
        {
            throw new InvalidOperationException($"refusing to touch '{relativePath}': it is outside the output folder");
        }

        return Path.Combine(request.OutputDirectory, relativePath);
    }

    private static DocumentResult Failed(PlannedDocument document, PlannedOutput output) =>
        new(output.RelativePath, DocumentStatus.Failed, document.Profile.Id, document.LevelId, document.Language, output.Writer.Format, null);
}
