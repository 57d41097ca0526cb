using JobDescGen.Diagnostics;
using JobDescGen.Model;

namespace JobDescGen.Loading;

/// <summary>The outcome of loading one profile folder: the profile when usable, and every diagnostic either way.</summary>
public sealed record ProfileLoadResult(string Directory, RoleProfile? Profile, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the profile loaded without errors.</summary>
    public bool Succeeded => Profile is not null && Diagnostics.ErrorCount() == 0;
}
