using System.Collections.Concurrent;
using JobDescGen.Diagnostics;
using JobDescGen.Jobs.Building;
using JobDescGen.Jobs.Model;
using JobDescGen.Model;

namespace JobDescGen.Building;

/// <summary>
/// Plans the files of each loaded profile: every level asked for, every language of the profile,
/// every format. Profiles are planned one by one as they load (so a build never holds them all);
/// the file names claimed so far are shared, so two documents can never be given the same file.
/// </summary>
public sealed class BuildPlanner(BuildRequest request, InputHasher hasher)
{
    /// <summary>The name of the manifest in the output folder; no document may take it.</summary>
    public const string ManifestFileName = "manifest.json";

    // Case-insensitive, so a build on Linux never makes files that clash on macOS or Windows.
    private readonly ConcurrentDictionary<string, string> _claims = new(StringComparer.OrdinalIgnoreCase) { [ManifestFileName] = "the manifest" };
    private readonly ConcurrentBag<DocumentResult> _refused = [];

    /// <summary>The files not made because another document had claimed their name: counted as failed, not silently left out.</summary>
    public IEnumerable<DocumentResult> Refused => _refused;

    /// <summary>
    /// The documents of <paramref name="profile"/>: each level asked for in each language, then, when
    /// every level is built, the profile's overview in each language. Clashing names go to <paramref name="diagnostics"/>.
    /// </summary>
    public IReadOnlyList<PlannedDocument> Plan(RoleProfile profile, DiagnosticBag diagnostics)
    {
        var documents = new List<PlannedDocument>();
        foreach (var level in profile.Levels.Where(l => request.IncludesLevel(l.LevelId)))
        {
            foreach (var language in profile.Languages)
            {
                AddDocument(
                    documents,
                    new PlannedDocument(profile, level.LevelId, language, []),
                    level.File,
                    Named(profile, level.LevelId, language),
                    writer => hasher.Compute(profile, level, language, request.FallbackDate, writer),
                    diagnostics);
            }
        }

        if (request.BuildsOverviews && profile.Levels.Count > 0)
        {
            foreach (var language in profile.Languages)
            {
                AddDocument(
                    documents,
                    new PlannedDocument(profile, OutputNamePattern.OverviewLevel, language, [], DocumentKind.Overview),
                    profile.File,
                    Named(profile, OutputNamePattern.OverviewLevel, language),
                    writer => hasher.ComputeOverview(profile, language, request.FallbackDate, writer),
                    diagnostics);
            }
        }

        return documents;
    }

    /// <summary>The documents of the specific <paramref name="job"/> on <paramref name="profile"/>: <c>jobs/&lt;id&gt;.&lt;ext&gt;</c>, one per language and format.</summary>
    public IReadOnlyList<PlannedDocument> PlanJob(SpecificJob job, RoleProfile profile, DiagnosticBag diagnostics)
    {
        var level = profile.FindLevel(job.Level.Id)!;
        if (!request.IncludesLevel(level.LevelId))
        {
            return [];
        }

        var documents = new List<PlannedDocument>();
        foreach (var language in profile.Languages)
        {
            // The generic profile's files are inputs of the job's document: a change there makes it stale.
            AddDocument(
                documents,
                new PlannedDocument(profile, level.LevelId, language, [], DocumentKind.Level, job),
                job.File,
                writer => JobBuild.Path(job.Id, language, writer.Extension, profile.Languages.Count > 1),
                writer => JobBuild.InputHash(hasher.Compute(profile, level, language, request.FallbackDate, writer), job),
                diagnostics);
        }

        return documents;
    }

    /// <summary>Claims the path of <paramref name="entry"/>, a file of an unchanged profile that is not loaded again.</summary>
    public bool Claim(ManifestEntry entry, string profileDirectory, DiagnosticBag diagnostics) =>
        Claim(entry.Path, Owner(entry.Profile, entry.Kind, entry.Level, entry.Language, entry.Format), profileDirectory, diagnostics);

    // A level that happens to be called "overview" is still not the overview: the owners differ, so the clash is reported.
    private static string Owner(string profile, DocumentKind kind, string level, string language, string format) =>
        kind == DocumentKind.Overview ? $"{profile} (overview) {language} {format}" : $"{profile} {level} {language} {format}";

    // The path --name gives a profile's document in each format.
    private Func<Writing.IDocumentWriter, string> Named(RoleProfile profile, string levelId, string language) =>
        writer => request.Name.Format(profile.Id, levelId, language, writer.Extension, profile.Languages.Count > 1);

    // One document in every format: each file's name claimed (a name taken is refused and counted
    // as failed), each file's input hash computed; none when every name was taken.
    private void AddDocument(List<PlannedDocument> documents, PlannedDocument document, string source, Func<Writing.IDocumentWriter, string> path, Func<Writing.IDocumentWriter, string> inputHash, DiagnosticBag diagnostics)
    {
        var outputs = new List<PlannedOutput>();
        foreach (var writer in request.Writers)
        {
            var file = path(writer);
            if (!Claim(file, Owner(document.Owner, document.Kind, document.LevelId, document.Language, writer.Format), source, diagnostics))
            {
                _refused.Add(new DocumentResult(file, DocumentStatus.Failed, document.Owner, document.LevelId, document.Language, writer.Format, null, document.Kind));
                continue;
            }

            outputs.Add(new PlannedOutput(writer, file, inputHash(writer)));
        }

        if (outputs.Count > 0)
        {
            documents.Add(document with { Outputs = outputs });
        }
    }

    private bool Claim(string path, string owner, string file, DiagnosticBag diagnostics)
    {
        var claimant = _claims.GetOrAdd(path, owner);
        if (claimant == owner)
        {
            return true;
        }

        // Sorted, so the message is the same whichever thread claimed the name first.
        var both = new[] { claimant, owner }.Order(StringComparer.Ordinal).ToArray();
        diagnostics.Error(
            SourceLocation.FileOnly(file),
            $"'{path}' would be written twice: for {both[0]} and for {both[1]}",
            "make --name tell them apart with {profile}, {level}, {language} and {ext}");
        return false;
    }
}
