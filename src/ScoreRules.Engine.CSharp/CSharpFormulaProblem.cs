using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// A problem in one C# formula found when the policy's formulas are compiled: a forbidden API (SR2024) or C# that
/// does not compile (SR2026). Positions are offsets in the formula's text; <see cref="Location"/> and
/// <see cref="ToDiagnostic"/> turn them into the rule file's line and column.
/// </summary>
/// <param name="Descriptor">SR2024 or SR2026.</param>
/// <param name="OwnerId">The metric (or rated item) whose formula it is.</param>
/// <param name="Kind">Value or score formula.</param>
/// <param name="CodeLocation">The formula's quoted text in the rule file, quotes included.</param>
/// <param name="Code">The formula's text.</param>
/// <param name="Offset">Where the problem starts in <paramref name="Code"/> (0-based).</param>
/// <param name="Length">How many characters of <paramref name="Code"/> it covers.</param>
/// <param name="Message">The message for the rule's author.</param>
public sealed record CSharpFormulaProblem(DiagnosticDescriptor Descriptor, string OwnerId, FormulaKind Kind, RuleLocation CodeLocation,
    string Code, int Offset, int Length, string Message)
{
    /// <summary>
    /// The problem's place in the rule file: the formula's line, and the column of its opening quote plus one plus the
    /// written length of the formula text before the problem (escapes count two). Exact unless the formula holds an
    /// unusual escape such as <c>\d</c>; <see cref="ToDiagnostic"/> reads the file and is always exact.
    /// </summary>
    public RuleLocation Location => CodeLocation == RuleLocation.None
        ? CodeLocation
        : new RuleLocation(CodeLocation.Path, CodeLocation.Line,
            CodeLocation.Column + 1 + LiteralOffsets.EscapedLength(Code.AsSpan(0, Math.Min(Offset, Code.Length))),
            LiteralOffsets.EscapedLength(Code.AsSpan(Math.Min(Offset, Code.Length), Math.Min(Length, Code.Length - Math.Min(Offset, Code.Length)))));

    /// <summary>
    /// The problem as a diagnostic of <paramref name="source"/> (the rule file at <see cref="RuleLocation.Path"/> of
    /// <see cref="CodeLocation"/>), rendered like every other: <c>path:line:col: error SR2024: message</c>, the line
    /// and a caret under the offending part of the formula. Without a source the diagnostic has no position.
    /// </summary>
    public Diagnostic ToDiagnostic(SourceText? source)
    {
        if (source is null || CodeLocation == RuleLocation.None) return Descriptor.Create(null, default, Message);
        var quote = source.GetOffset(new LinePosition(CodeLocation.Line, CodeLocation.Column));
        if (quote >= source.Text.Length || source.Text[quote] != '"')
        {
            var at = Location;
            return Descriptor.Create(source, new TextSpan(source.GetOffset(new LinePosition(at.Line, at.Column)), at.Length), Message);
        }
        var start = LiteralOffsets.InFile(source.Text, quote, Offset);
        var end = LiteralOffsets.InFile(source.Text, quote, Offset + Length);
        return Descriptor.Create(source, TextSpan.FromBounds(start, end), Message);
    }

    /// <summary>The one-line form <c>path:line:col: error SR2024: message</c>.</summary>
    public override string ToString() => CodeLocation == RuleLocation.None
        ? $"error {Descriptor.Code}: {Message}"
        : $"{Location}: error {Descriptor.Code}: {Message}";
}
