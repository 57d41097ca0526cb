using JobDescGen.Diagnostics;
using JobDescGen.Model.Tasks;

namespace JobDescGen.Model;

/// <summary>A result area: the role ("Als coördinator"), its statement and its example tasks.</summary>
public sealed record ResultArea(
    string Id,
    LocalizedText Role,
    bool Optional,
    Statement Statement,
    IReadOnlyList<ProfileTask> Tasks,
    SourceLocation Location);
