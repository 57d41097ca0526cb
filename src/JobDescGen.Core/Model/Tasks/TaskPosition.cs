namespace JobDescGen.Model.Tasks;

/// <summary>Where an added task goes in its area's list.</summary>
public enum TaskPosition
{
    /// <summary>After the last task (the default).</summary>
    End,

    /// <summary>Before the first task.</summary>
    Start,

    /// <summary>Right after the task named by <see cref="TaskAddition.After"/>.</summary>
    After,
}
