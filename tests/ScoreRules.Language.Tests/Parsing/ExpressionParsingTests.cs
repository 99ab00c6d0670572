using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>Expressions: precedence, associativity, literals, calls, aggregations and <c>in</c> lists (docs/grammar.md, "Expressions").</summary>
public class ExpressionParsingTests
{
    [Fact]
    public void PrecedenceRunsOrAndNotComparisonAdditiveMultiplicative()
    {
        // Lowest first: or; and; not; ==; + -; * /. So `or` is the root and `2 * 3` the deepest node.
        Sexpr(Expression("a or b and not c == 1 + 2 * 3"))
            .ShouldBe("(or a (and b (not (== c (+ 1 (* 2 3))))))");
    }

    [Theory]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a / b * c", "(* (/ a b) c)")]
    [InlineData("a or b or c", "(or (or a b) c)")]
    [InlineData("a and b and c", "(and (and a b) c)")]
    [InlineData("(a + b) * c", "(* (paren (+ a b)) c)")]
    [InlineData("a * (b + c)", "(* a (paren (+ b c)))")]
    public void BinaryOperatorsAssociateToTheLeft(string text, string expected) =>
        Sexpr(Expression(text)).ShouldBe(expected);

    [Theory]
    [InlineData("-a * b", "(* (neg a) b)")]
    [InlineData("- - 1", "(neg (neg 1))")]
    [InlineData("-a.b", "(neg (. a b))")]
    [InlineData("not not x", "(not (not x))")]
    [InlineData("not a and b", "(and (not a) b)")]
    [InlineData("not a == 1", "(not (== a 1))")]
    public void PrefixOperatorsBindAsTheGrammarSays(string text, string expected) =>
        Sexpr(Expression(text)).ShouldBe(expected);

    [Theory]
    [InlineData("a == b", "(== a b)")]
    [InlineData("a != b", "(!= a b)")]
    [InlineData("a < b", "(< a b)")]
    [InlineData("a <= b", "(<= a b)")]
    [InlineData("a > b", "(> a b)")]
    [InlineData("a >= b", "(>= a b)")]
    [InlineData("a ≥ b", "(>= a b)")]
    [InlineData("a ≤ b", "(<= a b)")]
    [InlineData("a ≠ b", "(!= a b)")]
    public void EachComparisonOperatorParses(string text, string expected) =>
        Sexpr(Expression(text)).ShouldBe(expected);

    [Fact]
    public void ComparisonsDoNotChain()
    {
        // compare = additive [ CMP additive ]: a second `<` is not part of the value; the error is at it (column 24).
        Codes("metric m { value a < b < c }").ShouldBe(["SR1003@1:24"]);
    }

    [Fact]
    public void MemberAccessChainsAndCallsTakeArguments()
    {
        Sexpr(Expression("alice.frt.score")).ShouldBe("(. (. alice frt) score)");
        Sexpr(Expression("work_minutes(created, responded, office)")).ShouldBe("(call work_minutes created responded office)");
        Sexpr(Expression("today()")).ShouldBe("(call today)");
        Sexpr(Expression("change(mttr) < 0")).ShouldBe("(< (call change mttr) 0)");
    }

    [Fact]
    public void WhereOfAnAggregationRunsToTheEndOfTheExpression()
    {
        Sexpr(Expression("mean(x) over t where a == 1 and b or c"))
            .ShouldBe("(over (call mean x) t (or (and (== a 1) b) c))");
        Sexpr(Expression("share(contacts == 1 and not escalated) over tickets where resolved != none"))
            .ShouldBe("(over (call share (and (== contacts 1) (not escalated))) tickets (!= resolved none))");
    }

    [Fact]
    public void AggregationWithoutWhereIsAnOperand()
    {
        Sexpr(Expression("mean(x) over t + 1")).ShouldBe("(+ (over (call mean x) t) 1)");
        Sexpr(Expression("(sum(a) over t where ok) / (count() over t)"))
            .ShouldBe("(/ (paren (over (call sum a) t ok)) (paren (over (call count) t)))");
    }

    [Fact]
    public void AggregationSpanRunsFromTheFunctionNameToTheEndOfWhere()
    {
        var file = Clean("metric m {\n  value p90(d) over tickets where responded != none\n}");
        var value = file.Declarations[0].Items[0].ShouldBeOfType<ValueItem>();
        var aggregate = value.Value.ShouldBeOfType<AggregateExpression>();
        // "  value " is 8 characters, so `p90` starts in column 9 of line 2.
        file.Start(aggregate).ShouldBe(new(2, 9));
        file.TextOf(aggregate).ShouldBe("p90(d) over tickets where responded != none");
        file.TextOf(aggregate.Call).ShouldBe("p90(d)");
        file.Start(aggregate.Source).ShouldBe(new(2, 21));
        file.TextOf(aggregate.Where!).ShouldBe("responded != none");
        file.TextOf(value).ShouldBe("value p90(d) over tickets where responded != none");
    }

    [Fact]
    public void InTakesAListOfExpressions()
    {
        Sexpr(Expression("category in [\"網絡\", \"硬件\", 3]")).ShouldBe("(in category [\"網絡\" \"硬件\" 3])");
        Sexpr(Expression("x in []")).ShouldBe("(in x [])");
        Sexpr(Expression("x + 1 in [2, 3]")).ShouldBe("(in (+ x 1) [2 3])");
        Sexpr(Expression("not x in [1] and y")).ShouldBe("(and (not (in x [1])) y)");
    }

    [Fact]
    public void InSpanEndsAtTheClosingBracket()
    {
        var file = Clean("metric m { value kind in [\"a\", \"b\"] }");
        var inList = file.Declarations[0].Items[0].ShouldBeOfType<ValueItem>().Value.ShouldBeOfType<InExpression>();
        file.TextOf(inList).ShouldBe("kind in [\"a\", \"b\"]");
        file.Start(inList).ShouldBe(new(1, 18));
        file.End(inList).ShouldBe(new(1, 36));
    }

    [Fact]
    public void PercentIsARatio()
    {
        var n = Expression("85%").ShouldBeOfType<NumberExpression>();
        n.Value.ShouldBe(0.85m);
        n.IsPercent.ShouldBeTrue();
        Expression("12.5%").ShouldBeOfType<NumberExpression>().Value.ShouldBe(0.125m);
        var plain = Expression("4.5").ShouldBeOfType<NumberExpression>();
        plain.Value.ShouldBe(4.5m);
        plain.IsPercent.ShouldBeFalse();
    }

    [Theory]
    [InlineData("30 days", 30, "days", 43200)]
    [InlineData("1 day", 1, "days", 1440)]
    [InlineData("2 hour", 2, "hours", 120)]
    [InlineData("45 minutes", 45, "minutes", 45)]
    [InlineData("1 week", 1, "weeks", 10080)]
    public void NumberWithAUnitIsADuration(string text, int amount, string unit, int minutes)
    {
        var d = Expression(text).ShouldBeOfType<DurationExpression>();
        d.Amount.ShouldBe(amount);
        d.Unit.ShouldBe(unit);
        d.TotalMinutes.ShouldBe(minutes);
    }

    [Fact]
    public void OtherLiterals()
    {
        Expression("\"tier1\"").ShouldBeOfType<StringExpression>().Value.ShouldBe("tier1");
        Expression("2026-03-31").ShouldBeOfType<DateExpression>().Value.ShouldBe(new DateOnly(2026, 3, 31));
        Expression("true").ShouldBeOfType<BooleanExpression>().Value.ShouldBeTrue();
        Expression("false").ShouldBeOfType<BooleanExpression>().Value.ShouldBeFalse();
        Expression("none").ShouldBeOfType<NoneExpression>();
        Sexpr(Expression("resolved == none")).ShouldBe("(== resolved none)");
    }

    [Fact]
    public void ReservedWordsAreNotNames()
    {
        // `over` cannot be a field: after `value` the parser wants a value and finds `over` at column 18.
        Codes("metric m { value over }").ShouldBe(["SR1003@1:18"]);
    }

    [Fact]
    public void OperatorSpansCoverBothOperands()
    {
        var file = Clean("metric m { value a + b * c }");
        var sum = file.Declarations[0].Items[0].ShouldBeOfType<ValueItem>().Value.ShouldBeOfType<BinaryExpression>();
        file.TextOf(sum).ShouldBe("a + b * c");
        file.TextOf(sum.Right).ShouldBe("b * c");
        // "metric m { value " is 17 characters: `a` is column 18, `b` column 22.
        file.Start(sum).ShouldBe(new(1, 18));
        file.Start(sum.Right).ShouldBe(new(1, 22));
    }
}
