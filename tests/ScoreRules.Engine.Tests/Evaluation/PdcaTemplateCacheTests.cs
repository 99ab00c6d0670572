using NodaTime;
using Scriban;
using Scriban.Runtime;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Tests.Evaluation;

public class PdcaTemplateCacheTests
{
    private static MetricResult Metric(decimal? value) => new("fcr", "一次解決率 FCR", value, ValueStatus.Ok, "percent",
        new TargetModel(CompareOp.GreaterOrEqual, 0.85m, "percent"), false, 40m, "ops", 0.15m, 0.15m, 6m,
        new MetricTrace("", "tickets", null, 0, 0, new Dictionary<string, int>(), RuleLocation.None));

    private static ImproveModel Rule(string text) => new("fcr", null, text, text, 30m, "supervisor", "fcr next period", text, RuleLocation.None);

    public static TheoryData<string> Texts() =>
    [
        "檢視當月需要第二次聯繫或轉派的工單",                            // plain text
        "plain text with } and { braces",
        "一次解決率 {{ value | pct }},目標 {{ target | pct }}",           // the renderer's helpers only
        "{{ name }} ({{ person }}): {{ value }} {{ operator }} {{ target }} in {{ period }}, score {{ score }} {{ unit }}",
        "{{ num value 2 }} / {{ minutes value }}",
        "{{ metric | string.upcase }} {{ math.round value 1 }}",          // Scriban built-ins
        "{{ x = 3 }}{{ x + 1 }} {{ date.format }}",
        "{{ if value < target }}below{{ else }}met{{ end }}",
        "{{ for i in 1..3 }}{{ i }}{{ end }}",
        "{%{ {{ value }} }%} stays as written",
        "{{ value | }} is not a template",                                 // a syntax error: the text is kept
        "{{ undefined_name }}!",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_cached_text_renders_as_a_fresh_parse_does(string text)
    {
        var templates = new PdcaTemplates();
        var metric = Metric(0.7234m);

        var first = PdcaRenderer.Render(Rule(text), metric, "A1063", "王小美", "2026-03", new LocalDate(2026, 3, 31), templates);
        var again = PdcaRenderer.Render(Rule(text), metric, "A1063", "王小美", "2026-03", new LocalDate(2026, 3, 31), templates);

        var expected = Reference(text, metric, "A1063", "王小美", "2026-03");
        first.Plan.ShouldBe(expected);
        first.Do.ShouldBe(expected);
        first.Act.ShouldBe(expected);
        again.ShouldBe(first);
    }

    [Fact]
    public void The_helpers_print_as_the_tables_do()
    {
        var result = PdcaRenderer.Render(Rule("FCR {{ value | pct }}, target {{ target | pct }}"), Metric(0.7234m), "A1063", null, "2026-03",
            new LocalDate(2026, 3, 31), new PdcaTemplates());

        result.Plan.ShouldBe("FCR 72.3 %, target 85 %"); // 0.7234 → 72.34 % → one decimal
        result.Due.ShouldBe(new DateOnly(2026, 4, 30));  // 31 March + 30 days
    }

    [Fact]
    public void Texts_rendered_one_after_another_on_one_thread_keep_nothing_of_the_one_before()
    {
        // The renderer reuses its Scriban context on a thread; each render must print what a fresh context prints,
        // with its own person, values and the decimals of its own metric's unit.
        var templates = new PdcaTemplates();
        var text = "{{ name }}: {{ value }} vs {{ target }} ({{ value | pct }}, {{ minutes value }}) {{ $seen }}{{ $seen = person }}";
        var percent = Metric(0.7234m);
        var minutes = percent with { Unit = "minutes", Value = 27.456m, Target = new TargetModel(CompareOp.Less, 30m, "minutes") };
        var count = percent with { Unit = "count", Value = 3m, Target = new TargetModel(CompareOp.GreaterOrEqual, 2m, "count") };
        foreach (var (metric, person) in new[] { (percent, "A1"), (minutes, "B2"), (count, "C3"), (percent, "D4") })
        {
            var result = PdcaRenderer.Render(Rule(text), metric, person, null, "2026-03", new LocalDate(2026, 3, 31), templates);

            result.Plan.ShouldBe(Reference(text, metric, person, null, "2026-03"), $"{metric.Unit} {person}");
            result.Act.ShouldBe(result.Plan);
        }
    }

    // Second method: a fresh parse and a fresh context with all of Scriban's built-ins for every text.
    private static string Reference(string text, MetricResult metric, string person, string? name, string period)
    {
        var parsed = Template.Parse(text);
        if (parsed.HasErrors) return text;
        var globals = new ScriptObject
        {
            ["person"] = person,
            ["name"] = name ?? person,
            ["period"] = period,
            ["metric"] = metric.Name,
            ["value"] = metric.Value,
            ["target"] = metric.Target?.Value,
            ["operator"] = metric.Target is { } t ? t.Operator.ToSymbol() : "",
            ["unit"] = metric.Unit ?? "",
            ["score"] = metric.Score,
        };
        globals.Import("pct", new Func<object?, string>(v => ValueFormatter.Format(v as decimal?, "percent")));
        globals.Import("num", new Func<object?, int, string>((v, d) => v is decimal x ? ValueFormatter.Number(x, d) : "no data"));
        globals.Import("minutes", new Func<object?, string>(v => ValueFormatter.Format(v as decimal?, "minutes")));
        var context = new DecimalsContext(ValueFormatter.Decimals(metric.Unit)) { StrictVariables = false };
        context.PushGlobal(globals);
        return parsed.Render(context);
    }

    private sealed class DecimalsContext(int decimals) : TemplateContext
    {
        public override string ObjectToString(object? value, bool nested = false) =>
            value is decimal d ? ValueFormatter.Number(d, decimals) : base.ObjectToString(value, nested) ?? "";
    }
}
