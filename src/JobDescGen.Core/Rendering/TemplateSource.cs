using JobDescGen.Diagnostics;
using JobDescGen.Loading;
using JobDescGen.Resources;

namespace JobDescGen.Rendering;

/// <summary>
/// Finds templates by name: in the user's templates folder first, then among the built-in ones, so a
/// user overrides just the templates they copied.
/// </summary>
/// <param name="userDirectory">The user's templates folder (<c>--templates</c>), or null for built-ins only.</param>
public sealed class TemplateSource(string? userDirectory)
{
    /// <summary>The built-in job description template.</summary>
    public const string JobDescriptionTemplate = "job-description.md.sbn";

    /// <summary>The user's templates folder, or null.</summary>
    public string? UserDirectory { get; } = userDirectory;

    /// <summary>
    /// The template's path (a file path, or a "(built-in)/..." display name) and text; null when
    /// it exists nowhere, or when the user's file cannot be read (reported to <paramref name="diagnostics"/>).
    /// </summary>
    public (string Path, string Text)? Find(string name, DiagnosticBag diagnostics)
    {
        if (UserDirectory is not null)
        {
            var path = Path.Combine(UserDirectory, name);
            if (File.Exists(path))
            {
                var userText = SourceText.Read(path, diagnostics, UserDirectory);
                return userText is null ? null : (path, userText);
            }
        }

        var builtIn = "templates/" + name;
        var text = BuiltInResources.ReadText(builtIn);
        return text is null ? null : (BuiltInResources.DisplayPrefix + builtIn, text);
    }
}
