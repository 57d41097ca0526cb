namespace JobDescGen.Diffing;

/// <summary>The words the diff reports use for each status: the JSON values, and the text and Markdown tags.</summary>
public static class DiffStatusNames
{
    /// <summary>"changed", "unchanged", "added" or "removed".</summary>
    public static string Of(ChangeStatus status) => status switch
    {
        ChangeStatus.Changed => "changed",
        ChangeStatus.Added => "added",
        ChangeStatus.Removed => "removed",
        _ => "unchanged",
    };
}
