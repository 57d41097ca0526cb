using JobDescGen.Diagnostics;
using JobDescGen.Loading.Yaml;

namespace JobDescGen.Loading;

/// <summary>Reads a YAML file from disk, turning I/O and syntax failures into diagnostics.</summary>
public static class SourceFile
{
    /// <summary>
    /// The root node of <paramref name="path"/>, or null after reporting why it could not be read;
    /// with <paramref name="insideFolder"/>, a file that leads out of that folder through a link is refused.
    /// </summary>
    public static YamlNode? ReadYaml(string path, DiagnosticBag diagnostics, string? insideFolder = null)
    {
        var text = SourceText.Read(path, diagnostics, insideFolder);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(path, text, diagnostics);
        if (root is null && !diagnostics.HasErrors)
        {
            diagnostics.Error(new SourceLocation(path, 1, 1), "the file is empty", "see the bundled profile (jobdescgen init) for what a file holds");
        }

        return root;
    }
}
