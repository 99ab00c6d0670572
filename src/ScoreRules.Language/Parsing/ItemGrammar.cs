using Pidgin;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;
using static ScoreRules.Language.Parsing.ExpressionGrammar;
using static ScoreRules.Language.Parsing.Terminals;

namespace ScoreRules.Language.Parsing;

/// <summary>Pidgin parsers for the statements inside declarations, grouped by the block that allows them.</summary>
internal static class ItemGrammar
{
    private static Parser<Token, Item> TextSetting(string keyword) =>
        Word(keyword).Then(Str, (k, s) => (Item)new TextSetting(keyword, s, Cover(k, s)));

    private static Parser<Token, Item> WordSetting(string keyword, Parser<Token, Name> value) =>
        Word(keyword).Then(value, (k, v) => (Item)new WordSetting(keyword, v, Cover(k, v)));

    private static Parser<Token, Name> Choice(params string[] words) =>
        AnyWord(words).Select(t => new Name(t.Text, false, t.Span));

    internal static readonly Parser<Token, Item> Description = TextSetting("description");
    private static readonly Parser<Token, Item> Timezone = TextSetting("timezone");

    // ---- policy ----

    private static readonly Parser<Token, Name> PeriodValue =
        Match(t => t.Kind is TokenKind.Identifier or TokenKind.Period or TokenKind.Number or TokenKind.Date)
            .Select(t => new Name(t.Text, false, t.Span)).Labelled("a period (`week`, `month`, `quarter`, `year`, or e.g. `2026-03`)");

    private static readonly Parser<Token, Item> Effective =
        Word("effective").Then(DateLiteral, (k, from) => (k, from)).Then(DotDot.Then(DateLiteral),
            (kf, to) => (Item)new EffectiveItem(kf.from, to, Cover(kf.k, to)));

    private static readonly Parser<Token, GradeRule> Grade =
        Ident.Then(
                Kind(TokenKind.GreaterEqual, "`>=`").Then(SignedNumber).Select(n => (NumberExpression?)n)
                    .Or(Word("else").Select(_ => (NumberExpression?)null)),
                (g, min) => (g, min))
            .Then(Str.Optional(), (gm, label) =>
            {
                var last = label.HasValue ? label.Value.Span : gm.min?.Span ?? gm.g.Span;
                return new GradeRule(gm.g, gm.min, label.HasValue ? label.Value : null, Cover(gm.g.Span, last));
            });

    private static readonly Parser<Token, Item> Grades =
        Word("grades").Then(Block(Grade, "a grade such as `A >= 90 \"Excellent\"`"), (k, b) => (Item)new GradesItem(b.Items, Cover(k, b.Close)));

    internal const string PolicyItemLabel = "a policy setting (`version`, `effective`, `period`, `timezone`, `description`, `grades`)";

    internal static readonly Parser<Token, Item> PolicyItem = Parser.OneOf(
        TextSetting("version"), Effective, WordSetting("period", PeriodValue), Timezone, Description, Grades);

    // ---- calendar ----

    private static readonly Parser<Token, TimeRange> TimeRangeP =
        Kind(TokenKind.Time, "a time range such as `09:00-12:00`").Before(Minus)
            .Then(Kind(TokenKind.Time, "an end time such as `18:00`"),
                (s, e) => new TimeRange(ToTime(s.Text), ToTime(e.Text), Cover(s, e)));

    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly Parser<Token, Name> Day = Choice(Days).Labelled("a day (`mon` … `sun`)");

    private static readonly Parser<Token, WorkingHours> HoursGroup =
        Day.Then(DotDot.Then(Day).Optional(), (first, last) => (first, last: last.HasValue ? last.Value : null))
            .Then(TimeRangeP.Before(Comma.Optional()).AtLeastOnce(), (days, times) =>
            {
                var list = times.ToSyntaxList();
                return new WorkingHours(days.first, days.last, list, Cover(days.first.Span, list[^1].Span));
            });

    private static readonly Parser<Token, Item> Hours =
        Word("hours").Then(HoursGroup.AtLeastOnce(), (k, groups) =>
        {
            var list = groups.ToSyntaxList();
            return (Item)new HoursItem(list, Cover(k, list[^1]));
        });

    private static readonly Parser<Token, DateRange> DateOrRange =
        DateLiteral.Then(DotDot.Then(DateLiteral).Optional(), (from, to) =>
            new DateRange(from.Value, to.HasValue ? to.Value.Value : null, Cover(from.Span, to.HasValue ? to.Value.Span : from.Span)));

    private static readonly Parser<Token, Item> Holidays =
        Word("holidays").Then(DateOrRange.Separated(Comma), (k, days) =>
        {
            var list = days.ToSyntaxList();
            return (Item)new HolidaysItem(list, list.Count > 0 ? Cover(k, list[^1]) : k.Span);
        });

    internal const string CalendarItemLabel = "a calendar setting (`hours`, `holidays`, `timezone`)";

    internal static readonly Parser<Token, Item> CalendarItem = Parser.OneOf(Timezone, Hours, Holidays, Description);

    // ---- source ----

    private static readonly Parser<Token, ValueMapping> Mapping =
        Str.Then(Arrow.Then(Primary), (from, to) => new ValueMapping(from, to, Cover(from.Span, to.Span)));

    // `in` is reserved inside expressions, so it cannot be mistaken for a column or the next field.
    private static readonly Parser<Token, ValueRange> AllowedRange =
        Word("in").Then(SignedNumber.Labelled("the lowest allowed value, such as `1` in `in 1 .. 5`"), (k, min) => (k, min))
            .Then(DotDot.Then(SignedNumber.Labelled("the highest allowed value, such as `5` in `in 1 .. 5`")),
                (km, max) => new ValueRange(km.min, max, Cover(km.k, max)));

    // `expect` is only a keyword when a `[` follows, so the next field may still be called `expect`.
    private static readonly Parser<Token, ExpectedValues> ExpectList =
        Parser.Try(Word("expect").Before(LBracket))
            .Then(Loose(Str), (k, values) => (k, values))
            .Then(RBracket.Labelled("an expected value such as `\"Closed\"` or `]`"), (kv, close) =>
                new ExpectedValues(kv.values.ToSyntaxList(), Cover(kv.k, close)));

    private static readonly string[] Types = ["text", "int", "number", "bool", "date", "datetime"];

    private static readonly Parser<Token, Item> Field =
        Parser.Try(Ident.Before(Colon))
            .Then(Choice(Types).Labelled("a type (`text`, `int`, `number`, `bool`, `date`, `datetime`)"), (f, t) => (f, t))
            .Then(Kind(TokenKind.Question, "`?`").Optional(), (ft, q) => (ft.f, ft.t, q))
            .Then(Str.Optional(), (x, fmt) => (x.f, x.t, x.q, fmt))
            .Then(Assign.Then(Column).Optional(), (x, col) => (x.f, x.t, x.q, x.fmt, col))
            .Then(AllowedRange.Optional(), (x, range) => (x.f, x.t, x.q, x.fmt, x.col, range))
            .Then(Word("map").Then(Block(Mapping, "an answer mapping such as `\"good\" -> 5`")).Optional(), (x, map) => (x.f, x.t, x.q, x.fmt, x.col, x.range, map))
            .Then(ExpectList.Optional(), (x, expected) =>
            {
                var map = x.map;
                var last = expected.HasValue ? expected.Value.Span
                    : map.HasValue ? map.Value.Close.Span
                    : x.range.HasValue ? x.range.Value.Span
                    : x.col.HasValue ? x.col.Value.Span
                    : x.fmt.HasValue ? x.fmt.Value.Span
                    : x.q.HasValue ? x.q.Value.Span : x.t.Span;
                return (Item)new FieldItem(x.f, x.t, x.q.HasValue, x.fmt.HasValue ? x.fmt.Value : null,
                    x.col.HasValue ? x.col.Value : null, x.range.HasValue ? x.range.Value : null,
                    map.HasValue ? map.Value.Items : null, Cover(x.f.Span, last))
                {
                    Expected = expected.HasValue ? expected.Value : null,
                };
            });

    private static readonly Parser<Token, Item> Key =
        Word("key").Then(Ident, (k, f) => (k, f)).Then(Assign.Then(Column),
            (kf, col) => (Item)new ColumnBinding("key", kf.f, col, Cover(kf.k, col)));

    private static Parser<Token, Item> Binding(string keyword) =>
        Word(keyword).Then(Assign.Then(Column), (k, col) => (Item)new ColumnBinding(keyword, null, col, Cover(k, col)));

    private static readonly Parser<Token, Item> Keep =
        Word("keep").Then(Choice("last", "first"), (k, which) => (k, which))
            .Then(Word("by").Then(Column.Separated(Comma)), (kw, cols) =>
            {
                var list = cols.ToSyntaxList();
                return (Item)new KeepItem(kw.which, list, Cover(kw.k, list.Count > 0 ? list[^1] : kw.which));
            });

    private static readonly Parser<Token, Item> Missing =
        Word("missing").Then(Str.Separated(Comma), (k, markers) =>
        {
            var list = markers.ToSyntaxList();
            return (Item)new MissingMarkersItem(list, list.Count > 0 ? Cover(k, list[^1]) : k.Span);
        });

    private static readonly Parser<Token, Item> OnError =
        Word("on").Before(Word("error")).Then(Choice("fail", "skip"),
            (k, mode) => (Item)new WordSetting("on error", mode, Cover(k, mode)));

    internal const string SourceItemLabel = "a source setting (`field: type = column`, `key`, `keep`, `person`, `at`, `missing`, `on error`, `format`, `encoding`, `delimiter`, `sheet`)";

    internal static readonly Parser<Token, Item> SourceItem = Parser.OneOf(
            Field, Key, Keep, Binding("person"), Binding("at"), Missing, OnError,
            WordSetting("format", Choice("csv", "json", "jsonl", "xlsx")),
            TextSetting("encoding"), TextSetting("delimiter"), TextSetting("sheet"), Description);

    // ---- metric ----

    private static readonly Parser<Token, Item> Value =
        Word("value").Then(
            Parser.Try(Word("csharp").Then(Str)).Select(code => (object)code).Or(Expr.Select(e => (object)e)),
            (k, v) => v is StringLiteral code
                ? (Item)new CSharpValueItem(code, Cover(k, code))
                : new ValueItem((Expression)v, Cover(k, (Expression)v)));

    private static readonly Parser<Token, Item> Unit =
        WordSetting("unit", Ident.Or(Str.Select(s => new Name(s.Value, true, s.Span))).Labelled("a unit (`minutes`, `hours`, `percent`, `\"/5\"`…)"));

    /// <summary>Unit words that may follow a target's number, e.g. <c>target &lt; 30 minutes</c>.</summary>
    internal static readonly string[] TargetUnits =
        ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "percent", "count", "points", "per_year"];

    private static readonly Parser<Token, Item> Target =
        Word("target").Then(CompareOperator, (k, op) => (k, op))
            .Then(SignedNumber, (ko, n) => (ko.k, ko.op, n))
            .Then(Choice(TargetUnits).Optional(), (x, unit) => (Item)new TargetItem(x.op, x.n, unit.HasValue ? unit.Value : null,
                Cover(x.k.Span, unit.HasValue ? unit.Value.Span : x.n.Span)));

    private static readonly Parser<Token, LinearPoint> Point =
        SignedNumber.Then(Arrow.Then(SignedNumber), (v, s) => new LinearPoint(v, s, Cover(v.Span, s.Span)));

    private static readonly Parser<Token, ScoreBand> Band =
        Match(t => t.Kind is TokenKind.EqualEqual or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual)
            .Labelled("a comparison (`<`, `<=`, `>`, `>=`, `==`, `!=`)")
            .Then(SignedNumber, (op, n) => (op: (CompareOp?)ToCompareOp(op.Kind), bound: (NumberExpression?)n, first: op.Span))
            .Or(Word("else").Select(t => (op: (CompareOp?)null, bound: (NumberExpression?)null, first: t.Span)))
            .Then(Arrow.Then(SignedNumber), (b, score) => new ScoreBand(b.op, b.bound, score, Cover(b.first, score.Span)));

    private static readonly Parser<Token, ScoreRule> ScoreRuleP = Parser.OneOf(
        Word("linear").Then(Block(Point, "a point such as `3.5 -> 0`"), (k, b) => (ScoreRule)new LinearScore(b.Items, Cover(k, b.Close))),
        Word("bands").Then(Block(Band, "a band such as `< 30 -> 100` or `else -> 0`"), (k, b) => (ScoreRule)new BandsScore(b.Items, Cover(k, b.Close))),
        Word("met").Select(k => (ScoreRule)new MetScore(k.Span)),
        Word("csharp").Then(Str, (k, code) => (ScoreRule)new CSharpScore(code, Cover(k, code))));

    private static readonly Parser<Token, Item> Score =
        Word("score").Then(ScoreRuleP, (k, rule) => (Item)new ScoreItem(rule, Cover(k, rule)));

    internal const string MetricItemLabel = "a metric setting (`description`, `value`, `unit`, `at`, `target`, `score`)";

    internal static readonly Parser<Token, Item> MetricItem = Parser.OneOf(
            Description, Value, Unit, WordSetting("at", Ident), Target, Score);

    // ---- scale, rated, bonus ----

    internal const string ScaleItemLabel = "a level and its anchor, such as `1 \"…\"`";

    internal static readonly Parser<Token, Item> ScaleItem =
        UnsignedNumber.Then(Str, (level, anchor) => (Item)new ScaleLevel(level, anchor, Cover(level.Span, anchor.Span)))
            .Or(Description);

    private static readonly Parser<Token, Item> From =
        Word("from").Then(Ident, (k, src) => (k, src)).Then(Word("where").Then(Expr).Optional(), (ks, where) =>
            (Item)new FromItem(ks.src, where.HasValue ? where.Value : null, Cover(ks.k.Span, where.HasValue ? where.Value.Span : ks.src.Span)));

    private static readonly Parser<Token, RaterWeight> Rater =
        Ident.Then(Percent, (role, w) => new RaterWeight(role, w, Cover(role.Span, w.Span)));

    private static readonly Parser<Token, Item> Raters =
        Word("raters").Then(Rater.Separated(Comma), (k, raters) =>
        {
            var list = raters.ToSyntaxList();
            return (Item)new RatersItem(list, list.Count > 0 ? Cover(k, list[^1]) : k.Span);
        });

    private static Parser<Token, Item> NumberSetting(string keyword, Parser<Token, Token> words) =>
        words.Then(UnsignedNumber, (k, n) => (Item)new NumberSetting(keyword, n, Cover(k, n)));

    internal const string RatedItemLabel = "a rated-item setting (`scale`, `from`, `raters`, `min raters`, `flag disagreement`, `target`, `score`)";

    internal static readonly Parser<Token, Item> RatedItem = Parser.OneOf(
            WordSetting("scale", Ident), From, Raters,
            NumberSetting("min raters", Word("min").Before(Word("raters"))),
            NumberSetting("flag disagreement >", Word("flag").Before(Word("disagreement")).Before(Kind(TokenKind.Greater, "`>`"))),
            Description, Target, Score);

    internal const string BonusItemLabel = "a bonus setting (`value`, `max`, `description`)";

    internal static readonly Parser<Token, Item> BonusItem = Parser.OneOf(
            Value, NumberSetting("max", Word("max")), Description);

    // ---- scorecard ----

    private static readonly Parser<Token, MetricWeight> Weight =
        Ident.Then(Percent, (m, w) => new MetricWeight(m, w, Cover(m.Span, w.Span)));

    private static readonly Parser<Token, Item> Dimension =
        Word("dimension").Then(Ident, (k, id) => (k, id))
            .Then(Str.Optional(), (ki, title) => (ki.k, ki.id, title))
            .Then(Block(Weight, "a metric and its weight, such as `csat 30%`"), (x, b) => (Item)new DimensionItem(x.id, x.title.HasValue ? x.title.Value : null, b.Items, Cover(x.k, b.Close)));

    private static readonly Parser<Token, Item> BonusList =
        Word("bonus").Then(Ident.Separated(Comma), (k, names) =>
        {
            var list = names.ToSyntaxList();
            return (Item)new BonusListItem(list, list.Count > 0 ? Cover(k, list[^1]) : k.Span);
        });

    internal const string ScorecardItemLabel = "a scorecard setting (`dimension`, `bonus`, `missing`)";

    internal static readonly Parser<Token, Item> ScorecardItem = Parser.OneOf(
            Dimension, BonusList, WordSetting("missing", Choice("reweight", "zero", "fail")), Description);

    // ---- improve ----

    private static readonly Parser<Token, DurationExpression> Duration =
        UnsignedNumber.Then(Choice("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"), (n, unit) =>
            new DurationExpression(n.Value, unit.Text.EndsWith('s') ? unit.Text : unit.Text + "s", Cover(n.Span, unit.Span)));

    private static readonly Parser<Token, Item> Do =
        Word("do").Then(Str, (k, action) => (k, action))
            .Then(Word("within").Then(Duration).Optional(), (ka, within) => (ka.k, ka.action, within))
            .Then(Word("owner").Then(Ident).Optional(), (x, owner) =>
            {
                var last = owner.HasValue ? owner.Value.Span : x.within.HasValue ? x.within.Value.Span : x.action.Span;
                return (Item)new DoItem(x.action, x.within.HasValue ? x.within.Value : null, owner.HasValue ? owner.Value : null, Cover(x.k.Span, last));
            });

    private static readonly Parser<Token, Item> Check =
        Word("check").Then(Ident, (k, metric) => (k, metric))
            .Then(Word("next").Then(Word("period")), (km, last) => (Item)new WordSetting("check", km.metric, Cover(km.k, last)));

    internal const string ImproveItemLabel = "a PDCA step (`plan`, `do`, `check`, `act`)";

    internal static readonly Parser<Token, Item> ImproveItem = Parser.OneOf(
            TextSetting("plan"), Do, Check, TextSetting("act"));

    // ---- test ----

    private static readonly Parser<Token, TableRow> Row =
        Kind(TokenKind.TableRow, "a table row `| … |`").Select(SplitRow);

    private static readonly Parser<Token, Item> Table =
        Parser.Try(Ident.Before(LBrace)).Then(Row.AtLeastOnce().Then(RBrace, (rows, close) => (rows, close)),
            (source, body) => (Item)new TableItem(source, body.rows.ToSyntaxList(), Cover(source.Span, body.close.Span)));

    private static readonly Parser<Token, Item> Expect =
        Word("expect").Then(Expr, (k, cond) => (k, cond))
            .Then(Kind(TokenKind.Approx, "`≈`").Then(Expr, (_, e) => e)
                .Then(Kind(TokenKind.PlusMinus, "`±`").Then(UnsignedNumber), (e, tol) => (e, tol)).Optional(),
                (kc, approx) => approx.HasValue
                    ? (Item)new ExpectItem(kc.cond, approx.Value.e, approx.Value.tol, Cover(kc.k, approx.Value.tol))
                    : new ExpectItem(kc.cond, null, null, Cover(kc.k, kc.cond)));

    internal const string TestItemLabel = "a test statement (`period`, `data`, `expect`, or a table `source { | … | }`)";

    internal static readonly Parser<Token, Item> TestItem = Parser.OneOf(
            WordSetting("period", PeriodValue), TextSetting("data"), Expect, Table, Description);

    private static TableRow SplitRow(Token row)
    {
        var text = row.Text;
        var cells = new List<TableCell>();
        var start = text.StartsWith('|') ? 1 : 0;
        while (start < text.Length)
        {
            var bar = text.IndexOf('|', start);
            var end = bar < 0 ? text.Length : bar;
            var raw = text[start..end];
            var trimmedStart = start + (raw.Length - raw.TrimStart().Length);
            var cellText = raw.Trim();
            if (bar >= 0 || cellText.Length > 0)
                cells.Add(new TableCell(cellText, new TextSpan(row.Span.Start + trimmedStart, cellText.Length)));
            if (bar < 0) break;
            start = bar + 1;
        }
        return new TableRow(cells.ToSyntaxList(), row.Span);
    }
}
