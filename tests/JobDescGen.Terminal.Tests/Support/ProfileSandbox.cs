using JobDescGen.Testing;

namespace JobDescGen.Terminal.Tests.Support;

/// <summary>A private copy of the bundled profiles folder (and a templates folder) in a temporary folder, for tests that edit files.</summary>
public sealed class ProfileSandbox : IDisposable
{
    /// <summary>Copies the bundled profiles and the language files.</summary>
    public ProfileSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "jobdescgen-preview-" + Guid.NewGuid().ToString("N"));
        FolderCopy.Copy(RepoPaths.Profiles, Path.Combine(Root, "profiles"));
        FolderCopy.Copy(Path.Combine(RepoPaths.Templates, "lang"), Path.Combine(Templates, "lang"));
    }

    /// <summary>The temporary folder.</summary>
    public string Root { get; }

    /// <summary>The copied profile's folder.</summary>
    public string Profile => Path.Combine(Root, "profiles", "leidinggevende");

    /// <summary>The templates folder (holding lang/).</summary>
    public string Templates => Path.Combine(Root, "templates");

    /// <summary>A path inside the copied profile.</summary>
    public string InProfile(params string[] parts) => Path.Combine([Profile, .. parts]);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned eventually.
        }
    }
}
