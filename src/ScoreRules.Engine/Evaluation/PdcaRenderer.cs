using NodaTime;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
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
/// metric's table shows it (<see cref="ValueFormatter.Decimals"/>), so texts and tables agree. A text has Scriban's
/// limits (1,000 loop rounds, function calls 100 deep) but is never silently shortened: going over a limit, like any
/// other failure of a text, is an <see cref="EvaluationException"/> at the <c>improve</c> rule.
/// </summary>
internal static class PdcaRenderer
{
    /// <summary>The variables and helpers a text can use; a text that names nothing else needs no Scriban built-ins.</summary>
    public static readonly IReadOnlySet<string> VariableNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "person", "name", "period", "metric", "value", "target", "operator", "unit", "score", "pct", "num", "minutes",
    };

    /// <exception cref="EvaluationException">A text fails while rendering, e.g. loops more than 1,000 times.</exception>
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
        string? Text(string? template, string part)
        {
            if (template is null) return null;
            try
            {
                return Rendered(template);
            }
            catch (ScriptRuntimeException e)
            {
                throw new EvaluationException(
                    $"the {part} text of `improve {rule.Metric}` cannot be written (line {e.Span.Start.Line + 1}, column {e.Span.Start.Column + 1} of the text): {e.OriginalMessage}",
                    rule.Location);
            }
        }
        string Rendered(string template)
        {
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
        return new ImprovementResult(rule.Metric, Text(rule.Plan, "plan"), Text(rule.Do, "do"), rule.Owner, due, rule.Check, Text(rule.Act, "act"));
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
    private sealed class NumberFormattingContext : TemplateContext
    {
        public NumberFormattingContext(ScriptObject? builtins) : base(builtins)
        {
            // A text that goes over Scriban's output or string limit is an error, not a text cut short with "...".
            OnOutputLimit = ScriptLimitBehavior.Throw;
            OnStringLimit = ScriptLimitBehavior.Throw;
        }

        /// <summary>The decimals of the metric whose texts are rendered.</summary>
        public int Decimals { get; set; }

        public override string ObjectToString(object? value, bool nested = false) =>
            value is decimal d ? ValueFormatter.Number(d, Decimals) : base.ObjectToString(value, nested) ?? "";
    }
}
