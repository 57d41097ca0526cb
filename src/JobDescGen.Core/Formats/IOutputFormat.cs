using JobDescGen.Diagnostics;
using JobDescGen.Writing;

namespace JobDescGen.Formats;

/// <summary>
/// One output format: what the command line, the build and <c>validate</c> know of it. Adding a
/// format is one class implementing this plus its writer, registered in the tool's
/// <see cref="FormatRegistry"/> (see ARCHITECTURE.md, "Add a format").
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name on the command line (<c>--format pdf</c>), lower case.</summary>
    string Name { get; }

    /// <summary>The file extension without the dot; <c>-o x.pdf</c> picks the format by it.</summary>
    string Extension { get; }

    /// <summary>The media type (<c>application/pdf</c>).</summary>
    string MediaType { get; }

    /// <summary>One line for the help (<c>--format</c> values).</summary>
    string Description { get; }

    /// <summary>
    /// A writer set up from the user's settings in <paramref name="context"/> (the PDF theme, the
    /// reference document); null, with located diagnostics, when those settings are broken. This is
    /// also the format's settings check that <c>validate</c> runs.
    /// </summary>
    IDocumentWriter? CreateWriter(FormatContext context, DiagnosticBag diagnostics);

    /// <summary>
    /// Starts, in the background, the one-time work of the process's first document (a command
    /// writing one document calls it before it loads the profile). Nothing by default.
    /// </summary>
    void Prepare(FormatContext context)
    {
    }
}
