namespace ScoreRules.Language.Diagnostics;

/// <summary>
/// One kind of diagnostic: a stable code (SR1xxx parse, SR2xxx check), its default severity and a
/// message template whose <c>{0}</c>, <c>{1}</c>… holes are filled by <see cref="Create"/>.
/// Every descriptor is listed in <see cref="DiagnosticDescriptors"/> and documented in docs/diagnostics.md.
/// </summary>
/// <param name="Code">Stable code such as <c>SR1003</c>.</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Title">A short name for the kind, used in docs and SARIF rules.</param>
/// <param name="MessageFormat">Composite format string for the message.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Makes a diagnostic of this kind at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public Diagnostic Create(Text.SourceText? source, Text.TextSpan span, params object?[] args) =>
        new(this, source, span, string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args), null);
}
