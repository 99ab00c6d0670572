using NodaTime;
using Scriban;
using Scriban.Runtime;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Renders the texts of a fired <c>improve</c> rule. Each text is a Scriban template that can use
/// <c>person</c>, <c>name</c>, <c>period</c>, <c>metric</c> (display name), <c>value</c> and <c>target</c>
/// (numbers in the metric's unit; percents as ratios), <c>operator</c> (the target's comparison, e.g. "&gt;="),
/// <c>unit</c> and <c>score</c>, and the helpers <c>pct</c> (ratio → "82.5 %"), <c>num</c> (number,
/// decimals) and <c>minutes</c> (→ "27.5 min"). A number printed without a helper is rounded as the
/// metric's table shows it (<see cref="ValueFormatter.Decimals"/>), so texts and tables agree.
/// </summary>
internal static class PdcaRenderer
{
    /// <summary>The variables and helpers a text can use; a text that names nothing else needs no Scriban built-ins.</summary>
    public static readonly IReadOnlySet<string> VariableNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "person", "name", "period", "metric", "value", "target", "operator", "unit", "score", "pct", "num", "minutes",
    };

    public static ImprovementResult Render(ImproveModel rule, MetricResult metric, string person, string? name, string period, LocalDate periodEnd,
        PdcaTemplates templates)
    {
        var globals = new ScriptObject
        {
            ["person"] = person,
            ["name"] = name ?? person,
            ["period"] = period,
            ["metric"] = metric.Name,
            ["value"] = metric.Value,
            ["target"] = metric.Target?.Value,
            ["operator"] = metric.Target is { } t ? Syntax(t.Operator) : "",
            ["unit"] = metric.Unit ?? "",
            ["score"] = metric.Score,
        };
        // Read-only, as ScriptObject.Import makes imported functions.
        globals.SetValue("pct", Pct, true);
        globals.SetValue("num", Num, true);
        globals.SetValue("minutes", Minutes, true);
        string? Text(string? template)
        {
            if (template is null) return null;
            var entry = templates.Get(template);
            if (entry.Template.HasErrors || entry.IsPlainText) return template;
            var decimals = ValueFormatter.Decimals(metric.Unit);
            if (entry.UsesBuiltins)
            {
                var withBuiltins = new NumberFormattingContext(null) { Decimals = decimals, StrictVariables = false };
                withBuiltins.PushGlobal(globals);
                return entry.Template.Render(withBuiltins);
            }
            // Without built-ins the context skips copying Scriban's whole function library; a text that cannot name them
            // prints the same. Such a context holds nothing of a render once its globals are popped, so each thread keeps one.
            var context = t_plainContext ?? new NumberFormattingContext(new ScriptObject()) { StrictVariables = false };
            t_plainContext = null;
            context.Decimals = decimals;
            context.PushGlobal(globals);
            var text = entry.Template.Render(context);
            context.PopGlobal();
            t_plainContext = context;
            return text;
        }
        DateOnly? due = rule.WithinDays is { } days ? periodEnd.PlusDays((int)Math.Ceiling(days)).ToDateOnly() : null;
        return new ImprovementResult(rule.Metric, Text(rule.Plan), Text(rule.Do), rule.Owner, due, rule.Check, Text(rule.Act));
    }

    // A render that throws leaves its context unused again: the next render on the thread makes a new one.
    [ThreadStatic] private static NumberFormattingContext? t_plainContext;

    // Made once: wrapping a delegate for Scriban reflects over it. They keep no state, so every render can share them.
    private static readonly DynamicCustomFunction Pct = DynamicCustomFunction.Create(new Func<object?, string>(v => ValueFormatter.Format(ToDecimal(v), "percent")));
    private static readonly DynamicCustomFunction Num = DynamicCustomFunction.Create(new Func<object?, int, string>((v, d) => ToDecimal(v) is { } x ? ValueFormatter.Number(x, d) : "no data"));
    private static readonly DynamicCustomFunction Minutes = DynamicCustomFunction.Create(new Func<object?, string>(v => ValueFormatter.Format(ToDecimal(v), "minutes")));

    private static string Syntax(Language.Syntax.CompareOp op) => Language.Syntax.CompareOpExtensions.ToSymbol(op);

    private static decimal? ToDecimal(object? v) => v switch
    {
        null => null,
        decimal d => d,
        double d => (decimal)d,
        int i => i,
        long l => l,
        float f => (decimal)f,
        _ => null,
    };

    /// <summary>Prints bare numbers with the metric's display decimals instead of all 28 digits of a decimal.</summary>
    private sealed class NumberFormattingContext(ScriptObject? builtins) : TemplateContext(builtins)
    {
        /// <summary>The decimals of the metric whose texts are rendered.</summary>
        public int Decimals { get; set; }

        public override string ObjectToString(object? value, bool nested = false) =>
            value is decimal d ? ValueFormatter.Number(d, Decimals) : base.ObjectToString(value, nested) ?? "";
    }
}
