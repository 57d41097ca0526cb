using JobDescGen.Diagnostics;
using JobDescGen.Loading;

namespace JobDescGen.Pipeline;

/// <summary>The profile a request names, loaded; or the usage problem that says why there is none.</summary>
/// <param name="Loaded">The load result (with its own diagnostics), or null.</param>
/// <param name="Problems">Usage problems: no such profile, several profiles and none named.</param>
public sealed record ProfileChoice(ProfileLoadResult? Loaded, IReadOnlyList<Diagnostic> Problems);
