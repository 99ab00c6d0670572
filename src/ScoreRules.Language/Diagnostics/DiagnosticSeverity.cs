namespace ScoreRules.Language.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop evaluation; warnings do not (unless <c>--warnaserror</c>).</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule file cannot be used as written.</summary>
    Error,
    /// <summary>The rule file works but is probably not what the author meant.</summary>
    Warning,
}
