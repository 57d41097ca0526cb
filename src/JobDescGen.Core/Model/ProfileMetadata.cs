namespace JobDescGen.Model;

/// <summary>Facts about the document rather than the role: who publishes it, which version, of when.</summary>
public sealed record ProfileMetadata(LocalizedText? Organisation, string? Version, DateOnly? Date);
