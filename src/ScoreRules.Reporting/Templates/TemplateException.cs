namespace ScoreRules.Reporting.Templates;

/// <summary>
/// A report template could not be found, parsed or rendered. <see cref="Exception.Message"/> holds one
/// line per problem, each <c>path:line:col: error: message</c> (line and column count from 1).
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception from its problem lines.</summary>
    public TemplateException(IReadOnlyList<string> problems)
        : base(string.Join("\n", problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with one problem line.</summary>
    public TemplateException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates the exception with no problem lines (the message is generic).</summary>
    public TemplateException()
        : this("error: a report template failed")
    {
    }

    /// <summary>Creates the exception with one problem line and its cause.</summary>
    public TemplateException(string problem, Exception inner)
        : base(problem, inner)
    {
        Problems = [problem];
    }

    /// <summary>The problems, each <c>path:line:col: error: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
