using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.CSharp;

/// <summary>A problem inside one formula, by offset into the formula's text.</summary>
/// <param name="Descriptor">SR2024 or SR2026.</param>
/// <param name="Offset">Where it starts in the formula's text.</param>
/// <param name="Length">How many characters of the formula it covers.</param>
/// <param name="Message">The message.</param>
internal sealed record Finding(DiagnosticDescriptor Descriptor, int Offset, int Length, string Message)
{
    /// <summary>True when <paramref name="offset"/> lies inside this finding.</summary>
    public bool Covers(int offset) => offset >= Offset && offset < Offset + Math.Max(Length, 1);
}
