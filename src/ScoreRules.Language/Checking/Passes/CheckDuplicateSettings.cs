using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports a setting given twice in one block (SR2023), e.g. two <c>target</c> lines in a metric.
/// Items that may repeat (fields, dimensions, <c>hours</c>, <c>holidays</c>, <c>do</c>, <c>expect</c>,
/// tables, scale levels, bonus lists) are not settings.
/// </summary>
internal sealed class CheckDuplicateSettings : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "duplicate-settings";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (declaration, source) in context.Scope.Declarations)
        {
            var seen = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
            foreach (var item in declaration.Items)
            {
                if (SettingKey(item) is not { } key) continue;
                if (seen.TryGetValue(key, out var first))
                    context.ReportWithHint(DiagnosticDescriptors.DuplicateSetting, source, item.Span, "remove one of them",
                        key, Describe(declaration), Wording.At(source, source, first));
                else seen.Add(key, item.Span);
            }
        }
    }

    /// <summary>The keyword of an item that may appear once per block, or null for items that may repeat.</summary>
    public static string? SettingKey(Item item) => item switch
    {
        TextSetting t => t.Keyword,
        WordSetting w => w.Keyword,
        EffectiveItem => "effective",
        GradesItem => "grades",
        ValueItem or CSharpValueItem => "value",
        TargetItem => "target",
        ScoreItem => "score",
        NumberSetting n => n.Keyword.TrimEnd(' ', '>'),
        MissingMarkersItem => "missing",
        ColumnBinding c => c.Keyword,
        KeepItem => "keep",
        FromItem => "from",
        RatersItem => "raters",
        _ => null,
    };

    /// <summary>How a declaration is named in messages: "metric `frt`", "the policy header", …</summary>
    public static string Describe(Declaration declaration) => declaration switch
    {
        NamedDeclaration named => $"{named.Keyword} `{named.Id.Text}`",
        SourceDeclaration src => $"source `{src.Id.Text}`",
        PolicyDeclaration => "the policy header",
        ImproveDeclaration improve => $"the improvement plan for `{improve.Metric.Text}`",
        TestDeclaration test => $"test \"{test.Title.Value}\"",
        _ => declaration.Keyword,
    };
}
