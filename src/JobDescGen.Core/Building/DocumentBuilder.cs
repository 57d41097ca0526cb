using JobDescGen.Diagnostics;
using JobDescGen.Generation;
using JobDescGen.Validation;
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
    private readonly OutputFolder _folder = new(request.OutputDirectory);

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

        var generated = document.Job is { } job ? generator.GenerateJob(job, document.Profile, document.Language)
            : document.Kind == DocumentKind.Overview
            ? generator.GenerateOverview(document.Profile, document.Language)
            : generator.Generate(document.Profile, document.LevelId, document.Language);
        diagnostics.AddRange(generated.Diagnostics);
        foreach (var output in pending)
        {
            results.Add(generated.Succeeded ? Make(document, output, generated, diagnostics) : Failed(document, output));
        }

        return (results, diagnostics);
    }

    private DocumentResult Make(PlannedDocument document, PlannedOutput output, GeneratedDocument generated, List<Diagnostic> diagnostics)
    {
        var levelFile = document.Kind == DocumentKind.Overview ? document.Profile.File : document.Profile.FindLevel(document.LevelId)!.File;
        byte[] bytes;
        try
        {
            bytes = output.Writer.Write(generated.Required);
        }
        catch (DocumentWriteException exception)
        {
            diagnostics.Add(exception.Diagnostic);
            return Failed(document, output);
        }
        catch (Exception exception)
        {
            // One document's writer failing must not stop the batch: report it and go on.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(levelFile), $"cannot make {output.RelativePath}: {exception.GetType().Name}: {exception.Message}", "this is likely a bug in the writer; please report it"));
            return Failed(document, output);
        }

        // As validate warns: a character no font of the PDF has prints as an empty box.
        var sources = document.Job is { } job ? DocumentSources.OfJob(job, document.Profile)
            : document.Kind == DocumentKind.Overview ? DocumentSources.OfOverview(document.Profile)
            : DocumentSources.OfLevel(document.Profile, document.LevelId);
        diagnostics.AddRange(UncoveredCharacterCheck.CheckDocument(output.Writer, generated.Required, sources));

        var entry = new ManifestEntry(output.RelativePath, document.Owner, document.LevelId, document.Language, output.Writer.Format, bytes.LongLength, InputHasher.Sha256Hex(bytes), output.InputHash, document.Kind);
        var path = Path.Combine(request.OutputDirectory, output.RelativePath);
        if (mode == BuildMode.Check)
        {
            var status = _folder.Compare(output.RelativePath, bytes) switch
            {
                ManifestStatus.Missing => DocumentStatus.Missing,
                ManifestStatus.Unchanged => DocumentStatus.Unchanged,
                _ => DocumentStatus.Stale,
            };
            return DocumentResult.For(entry, status);
        }

        if (Refusal(output.RelativePath) is { } refusal)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(path), $"cannot write the file: {refusal.Message}", RefusalHint(refusal)));
            return Failed(document, output);
        }

        try
        {
            // Not flushed to disk one by one: the manifest (which is) records each document's hash,
            // so a document a crash damaged is found and made again by the next build.
            AtomicFileWriter.Write(path, bytes, flushToDisk: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The location names the file: the message says only why.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, SourceLocation.FileOnly(path), $"cannot write the file: {FileWriteException.ReasonOf(exception)}", "check that the output folder is writable and the disk has room"));
            return Failed(document, output);
        }

        return DocumentResult.For(entry, DocumentStatus.Built);
    }

    /// <summary>True when the output folder still holds the file <paramref name="entry"/> records: same size, same SHA-256.</summary>
    public bool OnDisk(ManifestEntry entry) =>
        OutputPathGuard.Check(request.OutputDirectory, entry.Path) is null
        && OutputFolder.Matches(Path.Combine(request.OutputDirectory, entry.Path), entry);

    // Why the file cannot be written, after clearing what a previous build left in its way: when a
    // --name change turns a file name into a folder name (or back), the old file or folder of this
    // build's own making is removed first, so the build does not fail on every later run.
    private OutputRefusal? Refusal(string relativePath)
    {
        var refusal = OutputPathGuard.Check(request.OutputDirectory, relativePath);
        if (refusal?.Kind == OutputRefusalKind.FileInTheWay && previous.TryGetValue(refusal.Blocking, out var stale) && _folder.DeleteIfOurs(stale))
        {
            return Refusal(relativePath);
        }

        if (refusal?.Kind == OutputRefusalKind.FolderInTheWay && ClearOwnFolder(refusal.Blocking))
        {
            return Refusal(relativePath);
        }

        return refusal;
    }

    // Deletes the files of a previous build under the folder, then the folder if that emptied it.
    // A folder that held none of the build's files is the user's, even when empty: it stays.
    private bool ClearOwnFolder(string relativeFolder)
    {
        var prefix = relativeFolder + "/";
        var ours = previous.Values.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (ours.Count == 0)
        {
            return false;
        }

        foreach (var entry in ours)
        {
            _folder.DeleteIfOurs(entry);
        }

        return OutputFolder.DeleteEmptyFolders(Path.Combine(request.OutputDirectory, relativeFolder));
    }

    private static string RefusalHint(OutputRefusal refusal) => refusal.Kind switch
    {
        OutputRefusalKind.Link => $"replace the link '{refusal.Blocking}' with a real folder, or build into another --out",
        OutputRefusalKind.FileInTheWay or OutputRefusalKind.FolderInTheWay => $"'{refusal.Blocking}' was not made by this build (or was changed since): move it away, then build again",
        _ => "remove it, or build into another --out",
    };

    // Up to date: same inputs as when the manifest recorded it, and the file still has the recorded bytes.
    private ManifestEntry? UpToDate(PlannedOutput output) =>
        mode == BuildMode.Write && !request.Force && previous.TryGetValue(output.RelativePath, out var entry) && entry.Inputs == output.InputHash && OnDisk(entry)
            ? entry
            : null;

    private static DocumentResult Failed(PlannedDocument document, PlannedOutput output) =>
        new(output.RelativePath, DocumentStatus.Failed, document.Owner, document.LevelId, document.Language, output.Writer.Format, null, document.Kind);
}
