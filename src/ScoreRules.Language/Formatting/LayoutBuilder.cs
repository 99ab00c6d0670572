using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// Turns the declarations of a file into <see cref="LayoutLine"/>s: a block declaration becomes its
/// header line ending in <c>{</c>, one line per statement at depth 1, and a closing <c>}</c>;
/// an inline table becomes its own header, rows and <c>}</c>; imports and alerts are one line.
/// </summary>
internal sealed class LayoutBuilder
{
    private readonly SourceText _source;
    private readonly ItemPrinter _items;
    private readonly List<LayoutLine> _lines = [];

    private LayoutBuilder(SourceText source)
    {
        _source = source;
        _items = new ItemPrinter(source);
    }

    /// <summary>The lines of <paramref name="file"/>, in source order.</summary>
    public static IReadOnlyList<LayoutLine> Build(ScoreFile file)
    {
        var builder = new LayoutBuilder(file.Source);
        foreach (var declaration in file.Declarations) builder.Add(declaration);
        return builder._lines;
    }

    private void Add(Declaration declaration)
    {
        if (declaration is ImportDeclaration or AlertDeclaration)
        {
            _lines.Add(new LayoutLine(0, Header(declaration), declaration.Span.Start, declaration.Span.End, LineRole.Statement)
            {
                StartsDeclaration = true,
                EndsDeclaration = true,
                OneLineKeyword = declaration.Keyword,
            });
            return;
        }

        var open = OpenBraceEnd(declaration.Span.Start);
        _lines.Add(new LayoutLine(0, Header(declaration) + " {", declaration.Span.Start, open, LineRole.Open) { StartsDeclaration = true });
        foreach (var item in declaration.Items) Add(item, 1);
        _lines.Add(Close(0, declaration.Span) with { EndsDeclaration = true });
    }

    private void Add(Item item, int depth)
    {
        if (item is not TableItem table)
        {
            _lines.Add(new LayoutLine(depth, _items.Print(item), item.Span.Start, item.Span.End, LineRole.Statement));
            return;
        }

        var open = OpenBraceEnd(table.Source.Span.End);
        _lines.Add(new LayoutLine(depth, LiteralPrinter.Name(table.Source) + " {", table.Span.Start, open, LineRole.Open));
        var texts = TablePrinter.Rows(table.Rows);
        for (var i = 0; i < texts.Count; i++)
            _lines.Add(new LayoutLine(depth + 1, texts[i], table.Rows[i].Span.Start, table.Rows[i].Span.End, LineRole.Row));
        _lines.Add(Close(depth, table.Span));
    }

    // A block ends at its closing brace, so the brace is the last character of the span.
    private static LayoutLine Close(int depth, TextSpan block) => new(depth, "}", block.End - 1, block.End, LineRole.Close);

    private int OpenBraceEnd(int from)
    {
        var brace = SourceScanner.FindOpenBrace(_source.Text, from);
        if (brace < 0) throw new ArgumentException("a block without `{`: the formatter needs a tree without syntax errors");
        return brace + 1;
    }

    private static string Header(Declaration declaration) => declaration switch
    {
        ImportDeclaration i => "import " + LiteralPrinter.Quote(i.Path.Value),
        AlertDeclaration a => Alert(a),
        PolicyDeclaration p => "policy " + LiteralPrinter.Quote(p.Title.Value),
        SourceDeclaration s => $"source {LiteralPrinter.Name(s.Id)} {LiteralPrinter.Quote(s.Path.Value)}",
        ScorecardDeclaration s => Scorecard(s),
        NamedDeclaration n => Named(n),
        ImproveDeclaration i => $"improve {LiteralPrinter.Name(i.Metric)} when {(i.When is null ? "missed" : ExpressionPrinter.Print(i.When))}",
        TestDeclaration t => "test " + LiteralPrinter.Quote(t.Title.Value),
        _ => throw new ArgumentException($"unknown declaration {declaration.GetType().Name}", nameof(declaration)),
    };

    private static string Named(NamedDeclaration declaration) =>
        $"{declaration.Keyword} {LiteralPrinter.Name(declaration.Id)}" +
        (declaration.Title is null ? "" : " " + LiteralPrinter.Quote(declaration.Title.Value));

    private static string Scorecard(ScorecardDeclaration scorecard)
    {
        var text = Named(scorecard);
        if (scorecard.Extends is not null) text += " extends " + LiteralPrinter.Name(scorecard.Extends);
        if (scorecard.For is not null) text += " for " + ExpressionPrinter.Print(scorecard.For);
        return text;
    }

    private static string Alert(AlertDeclaration alert) =>
        "alert " + (alert.Id is null ? "" : LiteralPrinter.Name(alert.Id) + " ") +
        LiteralPrinter.Quote(alert.Message.Value) + " when " + ExpressionPrinter.Print(alert.When);
}
