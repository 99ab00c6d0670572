using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking;

/// <summary>What binding learnt about a metric, rated item or bonus: the value's type, unit and range.</summary>
internal sealed class MeasureFacts(Located<NamedDeclaration> declaration)
{
    /// <summary>The declaration.</summary>
    public Located<NamedDeclaration> Declaration { get; } = declaration;

    /// <summary>The bound <c>value</c>, or null when there is none (or it is C#).</summary>
    public ExprInfo? Value { get; set; }

    /// <summary>The unit from <c>unit …</c>, or null.</summary>
    public Unit? DeclaredUnit { get; set; }

    /// <summary>Where <c>unit …</c> is.</summary>
    public TextSpan UnitSpan { get; set; }

    /// <summary>The values a rated item's result can take (its scale's levels); else the value's bounds.</summary>
    public Bounds? ScaleBounds { get; set; }

    /// <summary>The sources the value aggregates over.</summary>
    public List<SourceInfo> Sources { get; } = [];

    /// <summary>The unit to check targets and scores against: the declared unit when the checker knows it, else the inferred one.</summary>
    public Unit EffectiveUnit =>
        DeclaredUnit is { IsComparable: true } declared ? declared
        : DeclaredUnit is { Kind: UnitKind.Other } other ? other
        : Value?.Unit ?? Unit.Unknown;

    /// <summary>The values the result can take.</summary>
    public Bounds Domain => ScaleBounds ?? Value?.Bounds ?? Bounds.All;
}
