using ScoreRules.Language.Checking;
using ScoreRules.Language.Formatting;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>
/// SR1007: formulas too deep or too long are refused before the recursive parser, checker, binder and
/// formatter see them, and the largest accepted formula goes through all of them without overflowing.
/// </summary>
public class ExpressionLimitsTests
{
    private const string Head = "source tickets \"tickets.csv\" {\n  person = assignee\n}\n";

    private static string Metric(string value) =>
        Head + "metric m \"M\" {\n  description \"A test metric.\"\n  value count() over tickets where " + value + "\n  target <= 10\n}\n";

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, int> TooBig() => new()
    {
        // `count(`, `over`, `where` and `==` are 4 operators, so the 197th `+` is operator 201.
        { Metric("1 == 1" + Repeat(" + 1", 5000)), 197 },
        // 5,000 brackets: the metric's `{` is level 1, so the 100th of them is level 101; `count(` is the text's first `(`.
        { Metric(Repeat("(", 5000) + "true" + Repeat(")", 5000)), 101 },
        // 20,000 `not`s: after `count(`, `over` and `where`, the 198th `not` is operator 201.
        { Metric(Repeat("not ", 20000) + "true"), 198 },
    };

    [Theory]
    [MemberData(nameof(TooBig))]
    public void ATooBigFormulaIsSR1007AtTheTokenOverTheLimitAndItsDeclarationIsSkipped(string text, int occurrence)
    {
        var result = ScoreParser.Parse("big.score", text);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("SR1007");
        diagnostic.Hint.ShouldNotBeNullOrEmpty();
        // The source parses; the metric holding the formula is skipped.
        result.Tree.Declarations.Count.ShouldBe(1);
        var token = diagnostic.Span.Length == 1 ? text[diagnostic.Span.Start].ToString() : text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
        var pattern = text.Contains("not ") ? "not" : text.Contains("((") ? "(" : "+";
        token.ShouldBe(pattern);
        diagnostic.Span.Start.ShouldBe(NthIndexOf(text, pattern, occurrence));
    }

    [Fact]
    public void CheckDoesNotCrashOnATooBigFormula()
    {
        var result = RunOnSmallStack(() => PolicyChecker.Check([new SourceText("big.score", Metric(Repeat("not ", 20000) + "true"))]));
        result.Diagnostics.Select(d => d.Code).ShouldContain("SR1007");
    }

    public static TheoryData<string> LargestAccepted() => new()
    {
        // `count(`, `over`, `where` and 197 `and`s: 200 operators, a left-nested tree 197 levels deep.
        Metric("true" + Repeat(" and true", 197)),
        // `count(`, `over`, `where` and 197 `not`s: a chain of 197 nested `not`s.
        Metric(Repeat("not ", 197) + "true"),
        // `{` plus 99 brackets: 100 levels.
        Metric(Repeat("(", 99) + "true" + Repeat(")", 99)),
        // 100 levels of brackets around a chain: `count(` + `over` + `where` + 98 `(` + 99 `and`s = 200 operators.
        Metric(Repeat("(", 98) + "true" + Repeat(" and true", 99) + Repeat(")", 98)),
    };

    [Theory]
    [MemberData(nameof(LargestAccepted))]
    public void TheLargestAcceptedFormulaIsCheckedBoundAndFormattedOnASmallStack(string text)
    {
        // 1 MB is the smallest default stack: the main thread on Windows (Linux gives 8 MB, and 1.5 MB to other threads).
        var (check, model, formatted) = RunOnSmallStack(() =>
        {
            var check = PolicyChecker.Check([new SourceText("max.score", text)]);
            var model = check.HasErrors ? null : PolicyBinder.BindAll(check);
            var formatted = ScoreFormatter.Format(ScoreParser.Parse("max.score", text).Tree);
            return (check, model, formatted);
        });

        check.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(string.Join("\n", check.Diagnostics.Select(d => d.Code + " " + d.Message)));
        model.ShouldNotBeNull().ShouldHaveSingleItem().Metrics.Count.ShouldBe(1);
        ScoreParser.Parse("max.score", formatted).Diagnostics.ShouldBeEmpty();
    }

    private static int NthIndexOf(string text, string pattern, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++)
        {
            at = text.IndexOf(pattern, at + 1, StringComparison.Ordinal);
        }
        return at;
    }

    private static T RunOnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("the work failed", error);
        return result;
    }
}
