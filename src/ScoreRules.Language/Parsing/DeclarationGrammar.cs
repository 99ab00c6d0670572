using Pidgin;
using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Parsing.ExpressionGrammar;
using static ScoreRules.Language.Parsing.ItemGrammar;
using static ScoreRules.Language.Parsing.Terminals;

namespace ScoreRules.Language.Parsing;

/// <summary>Pidgin parsers for the top-level declarations of a .score file.</summary>
internal static class DeclarationGrammar
{
    /// <summary>The words that start a declaration.</summary>
    public static readonly string[] Keywords =
        ["policy", "import", "calendar", "source", "metric", "scale", "rated", "bonus", "scorecard", "improve", "alert", "test"];

    private static Parser<Token, (Token Keyword, Name Id, StringLiteral? Title)> Header(string keyword) =>
        Word(keyword).Then(Ident, (k, id) => (k, id))
            .Then(Str.Optional(), (ki, title) => (ki.k, ki.id, title.HasValue ? title.Value : null));

    private static Parser<Token, Declaration> Named(string keyword, Parser<Token, Item> item, string itemLabel,
        Func<Name, StringLiteral?, SyntaxList<Item>, Text.TextSpan, Declaration> make) =>
        Header(keyword).Then(Block(item, itemLabel), (h, b) => make(h.Id, h.Title, b.Items, Cover(h.Keyword, b.Close)));

    private static readonly Parser<Token, Declaration> Import =
        Word("import").Then(Str, (k, path) => (Declaration)new ImportDeclaration(path, Cover(k, path)));

    private static readonly Parser<Token, Declaration> Policy =
        Word("policy").Then(Str, (k, title) => (k, title))
            .Then(Block(PolicyItem, PolicyItemLabel), (kt, b) => (Declaration)new PolicyDeclaration(kt.title, b.Items, Cover(kt.k, b.Close)));

    private static readonly Parser<Token, Declaration> Source =
        Word("source").Then(Ident, (k, id) => (k, id))
            .Then(Str.Labelled("the data file's name in quotes"), (ki, path) => (ki.k, ki.id, path))
            .Then(Block(SourceItem, SourceItemLabel), (x, b) => (Declaration)new SourceDeclaration(x.id, x.path, b.Items, Cover(x.k, b.Close)));

    private static readonly Parser<Token, Declaration> Scorecard =
        Header("scorecard")
            .Then(Word("extends").Then(Ident).Optional(), (h, ext) => (h, ext: ext.HasValue ? ext.Value : null))
            .Then(Word("for").Then(Expr).Optional(), (he, f) => (he.h, he.ext, cond: f.HasValue ? f.Value : null))
            .Then(Block(ScorecardItem, ScorecardItemLabel), (x, b) =>
                (Declaration)new ScorecardDeclaration(x.h.Id, x.h.Title, x.ext, x.cond, b.Items, Cover(x.h.Keyword, b.Close)));

    private static readonly Parser<Token, Declaration> Improve =
        Word("improve").Then(Ident, (k, metric) => (k, metric))
            .Then(Word("when").Then(Word("missed").Select(_ => (Expression?)null).Or(Expr.Select(e => (Expression?)e))),
                (km, when) => (km.k, km.metric, when))
            .Then(Block(ImproveItem, ImproveItemLabel), (x, b) => (Declaration)new ImproveDeclaration(x.metric, x.when, b.Items, Cover(x.k, b.Close)));

    private static readonly Parser<Token, Declaration> Alert =
        Word("alert").Then(Ident.Optional(), (k, id) => (k, id: id.HasValue ? id.Value : null))
            .Then(Str, (ki, message) => (ki.k, ki.id, message))
            .Then(Word("when").Then(Expr), (x, when) => (Declaration)new AlertDeclaration(x.id, x.message, when, Cover(x.k, when)));

    private static readonly Parser<Token, Declaration> Test =
        Word("test").Then(Str, (k, title) => (k, title))
            .Then(Block(TestItem, TestItemLabel), (kt, b) => (Declaration)new TestDeclaration(kt.title, b.Items, Cover(kt.k, b.Close)));

    /// <summary>Any one declaration.</summary>
    public static readonly Parser<Token, Declaration> Declaration = Parser.OneOf(
            Policy, Import,
            Named("calendar", CalendarItem, CalendarItemLabel, (id, t, items, span) => new CalendarDeclaration(id, t, items, span)),
            Source,
            Named("metric", MetricItem, MetricItemLabel, (id, t, items, span) => new MetricDeclaration(id, t, items, span)),
            Named("scale", ScaleItem, ScaleItemLabel, (id, t, items, span) => new ScaleDeclaration(id, t, items, span)),
            Named("rated", RatedItem, RatedItemLabel, (id, t, items, span) => new RatedDeclaration(id, t, items, span)),
            Named("bonus", BonusItem, BonusItemLabel, (id, t, items, span) => new BonusDeclaration(id, t, items, span)),
            Scorecard, Improve, Alert, Test);

    /// <summary>One declaration that must use up its whole chunk of tokens.</summary>
    public static readonly Parser<Token, Declaration> WholeDeclaration = Declaration.Before(Kind(TokenKind.EndOfFile, "the next declaration"));
}
