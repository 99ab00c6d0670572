using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Fills the symbol table and reports names declared twice (SR2002): declarations of one
/// namespace, fields of one source, alert names and test titles. The first declaration wins.
/// </summary>
internal sealed class DeclareNames : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "declare-names";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        var symbols = context.Symbols;
        var alerts = new Dictionary<string, Located<Name>>(StringComparer.Ordinal);
        var tests = new Dictionary<string, Located<StringLiteral>>(StringComparer.Ordinal);
        foreach (var (declaration, source) in context.Scope.Declarations)
        {
            switch (declaration)
            {
                case CalendarDeclaration calendar:
                    Declare(context, symbols.Calendars, "calendar", calendar.Id, source, new Located<CalendarDeclaration>(calendar, source), c => (c.Node.Id.Span, c.Source));
                    break;
                case SourceDeclaration src:
                    Declare(context, symbols.Sources, "source", src.Id, source, SourceInfo.From(new Located<SourceDeclaration>(src, source)),
                        s => (s.Declaration.Node.Id.Span, s.Declaration.Source));
                    DeclareFields(context, src, source);
                    break;
                case ScaleDeclaration scale:
                    Declare(context, symbols.Scales, "scale", scale.Id, source, new Located<ScaleDeclaration>(scale, source), s => (s.Node.Id.Span, s.Source));
                    break;
                case ScorecardDeclaration card:
                    Declare(context, symbols.Scorecards, "scorecard", card.Id, source, new Located<ScorecardDeclaration>(card, source), c => (c.Node.Id.Span, c.Source));
                    break;
                case MetricDeclaration or RatedDeclaration or BonusDeclaration:
                    var named = (NamedDeclaration)declaration;
                    if (symbols.Measures.TryGetValue(named.Id.Text, out var first))
                    {
                        var kind = first.Node.Keyword == named.Keyword ? "" : $" as {Article(first.Node.Keyword)} {first.Node.Keyword}";
                        context.Report(DiagnosticDescriptors.DuplicateName, source, named.Id.Span, named.Keyword, named.Id.Text,
                            kind + " at " + Wording.At(source, first.Source, first.Node.Id.Span));
                    }
                    else symbols.Measures.Add(named.Id.Text, new Located<NamedDeclaration>(named, source));
                    break;
                case AlertDeclaration { Id: { } alertId }:
                    Declare(context, alerts, "alert", alertId, source, new Located<Name>(alertId, source), a => (a.Node.Span, a.Source));
                    break;
                case TestDeclaration test:
                    if (tests.TryGetValue(test.Title.Value, out var earlier))
                        context.Report(DiagnosticDescriptors.DuplicateName, source, test.Title.Span, "test", test.Title.Value,
                            " at " + Wording.At(source, earlier.Source, earlier.Node.Span));
                    else tests.Add(test.Title.Value, new Located<StringLiteral>(test.Title, source));
                    break;
            }
        }
    }

    private static string Article(string word) => word[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";

    private static void Declare<T>(CheckContext context, Dictionary<string, T> table, string kind, Name id, SourceText source, T value,
        Func<T, (TextSpan Span, SourceText Source)> where)
    {
        if (table.TryGetValue(id.Text, out var first))
        {
            var (span, firstSource) = where(first);
            context.Report(DiagnosticDescriptors.DuplicateName, source, id.Span, kind, id.Text, " at " + Wording.At(source, firstSource, span));
        }
        else table.Add(id.Text, value);
    }

    private static void DeclareFields(CheckContext context, SourceDeclaration src, SourceText source)
    {
        var seen = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var item in src.Items)
        {
            var name = item switch
            {
                FieldItem f => f.Field,
                ColumnBinding { Keyword: "key", Field: { } k } => k,
                _ => null,
            };
            if (name is null) continue;
            if (seen.TryGetValue(name.Text, out var firstSpan))
                context.Report(DiagnosticDescriptors.DuplicateName, source, name.Span, "field", name.Text,
                    $" in source `{src.Id.Text}` at {Wording.At(source, source, firstSpan)}");
            else seen.Add(name.Text, name.Span);

            if (item is FieldItem { Map: { } map })
            {
                var answers = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
                foreach (var mapping in map)
                    if (answers.TryGetValue(mapping.From.Value, out var firstAnswer))
                        context.Report(DiagnosticDescriptors.DuplicateName, source, mapping.From.Span, "answer", mapping.From.Value,
                            $" in the map of field `{name.Text}` at {Wording.At(source, source, firstAnswer)}");
                    else answers.Add(mapping.From.Value, mapping.From.Span);
            }
        }
    }
}
