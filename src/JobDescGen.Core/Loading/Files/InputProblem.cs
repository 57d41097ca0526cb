namespace JobDescGen.Loading.Files;

/// <summary>Why an input file was not read: a sentence to follow "cannot read FILE: ", and what to do.</summary>
public sealed record InputProblem(string Message, string Hint)
{
    /// <summary>The file is not there.</summary>
    public static InputProblem Missing { get; } = new("the file does not exist", "check the path");
}
