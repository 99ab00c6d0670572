using System.Text;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>What files look like: Chinese names and texts, CRLF line ends, a UTF-8 BOM, comments, and recovery from errors.</summary>
public class SourceTextParsingTests
{
    private const string Policy = "// 考核政策\npolicy \"考核\" {\n  period month // 每月\n}\nmetric 滿意度 {\n  value mean(分數) over 工單 where 類別 == \"網絡\"\n}\n";

    [Fact]
    public void ChineseIdentifiersAndStrings()
    {
        var file = Clean(Policy);
        var metric = file.Declarations[1].ShouldBeOfType<MetricDeclaration>();
        metric.Id.Text.ShouldBe("滿意度");
        Sexpr(metric.Items[0].ShouldBeOfType<ValueItem>().Value).ShouldBe("(over (call mean 分數) 工單 (== 類別 \"網絡\"))");
        // Columns count UTF-16 code units: "metric " is 7, so `滿意度` covers columns 8–10 of line 5.
        file.Start(metric.Id).ShouldBe(new(5, 8));
        file.End(metric.Id).ShouldBe(new(5, 11));
        var where = ((AggregateExpression)((ValueItem)metric.Items[0]).Value).Where!;
        // "  value mean(分數) over 工單 where " is 31 characters.
        file.Start(where).ShouldBe(new(6, 32));
    }

    [Fact]
    public void CrlfGivesTheSameLinesAndColumns()
    {
        var lf = Clean(Policy);
        var crlf = Clean(Policy.Replace("\n", "\r\n"));
        var a = lf.Declarations[1].Items[0];
        var b = crlf.Declarations[1].Items[0];
        // Line 6 starts 5 characters later with CRLF (one CR for each of the 5 lines before it).
        b.Span.Start.ShouldBe(a.Span.Start + 5);
        crlf.Start(b).ShouldBe(new(6, 3));
        lf.Start(a).ShouldBe(new(6, 3));
        crlf.End(crlf.Declarations[1]).ShouldBe(new(7, 2));
        crlf.Source.GetLineText(6).ShouldBe("  value mean(分數) over 工單 where 類別 == \"網絡\"");
    }

    [Fact]
    public void CrlfCommentsAndTableRowsLeaveTheCarriageReturnOut()
    {
        var file = Clean("// 註解\r\ntest \"t\" {\r\n  t {\r\n    | a | b |\r\n  }\r\n}\r\n");
        file.Comments.ShouldHaveSingleItem().Text.ShouldBe("// 註解");
        var row = file.Declarations[0].Items[0].ShouldBeOfType<TableItem>().Rows[0];
        file.TextOf(row).ShouldBe("| a | b |");
        row.Cells.Select(c => c.Text).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void ByteOrderMarkIsIgnored()
    {
        var plain = ScoreParser.Parse("a.score", Policy);
        var withBom = ScoreParser.Parse("a.score", "\uFEFF" + Policy);
        withBom.Diagnostics.ShouldBeEmpty();
        // Spans are the same with and without the BOM: it is dropped before offsets are counted.
        withBom.Tree.Declarations.ShouldBe(plain.Tree.Declarations);
        withBom.Tree.Comments.ShouldBe(plain.Tree.Comments);
        withBom.Tree.Start(withBom.Tree.Declarations[0]).ShouldBe(new(2, 1));
    }

    [Fact]
    public void ByteOrderMarkInAFileIsIgnored()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorerules-bom-{Guid.NewGuid():N}.score");
        try
        {
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Policy)]);
            var result = ScoreParser.ParseFile(path, "bom.score");
            result.Diagnostics.ShouldBeEmpty();
            result.Tree.Declarations.ShouldBe(ScoreParser.Parse("x", Policy).Tree.Declarations);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidUtf8FileIsSR1006()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorerules-bad-{Guid.NewGuid():N}.score");
        try
        {
            File.WriteAllBytes(path, [0x6D, 0xFF, 0xFE, 0x20]);
            ScoreParser.ParseFile(path, "bad.score").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SR1006");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CommentsAreCollectedInOrder()
    {
        var file = Clean(Policy);
        file.Comments.Select(c => (c.Text, c.OwnLine)).ShouldBe([("// 考核政策", true), ("// 每月", false)]);
        // "  period month " is 15 characters: the trailing comment starts in column 16 of line 3.
        file.Source.GetPosition(file.Comments[1].Span.Start).ShouldBe(new(3, 16));
        file.Comments[1].Span.Length.ShouldBe(5);
    }

    [Fact]
    public void CommentInsideAnExpressionDoesNotEndIt()
    {
        var metric = Single<MetricDeclaration>("metric m {\n  value a // first part\n    + b\n}");
        Sexpr(metric.Items[0].ShouldBeOfType<ValueItem>().Value).ShouldBe("(+ a b)");
    }

    [Fact]
    public void SeparatorsAreOptional()
    {
        var a = Clean("policy \"p\" { grades { A >= 90; B else } }").Declarations;
        var b = Clean("policy \"p\" { grades { A >= 90, B else } }").Declarations;
        var c = Clean("policy \"p\" { grades { A >= 90 B else } }").Declarations;
        GradeNames(a).ShouldBe(["A", "B"]);
        GradeNames(b).ShouldBe(["A", "B"]);
        GradeNames(c).ShouldBe(["A", "B"]);

        static string[] GradeNames(SyntaxList<Declaration> ds) =>
            ds[0].Items[0].ShouldBeOfType<GradesItem>().Grades.Select(g => g.Grade.Text).ToArray();
    }

    [Fact]
    public void UnknownDeclarationIsSR1004WithAHint()
    {
        var result = ScoreParser.Parse("t.score", "metirc m { }\nmetric ok { unit minutes }");
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("SR1004");
        d.Position.ShouldBe(new(1, 1));
        d.Hint.ShouldBe("did you mean `metric`?");
        result.Tree.Declarations.ShouldHaveSingleItem().ShouldBeOfType<MetricDeclaration>().Id.Text.ShouldBe("ok");
    }

    [Fact]
    public void EachBrokenDeclarationIsReportedAndTheOthersKept()
    {
        var result = ScoreParser.Parse("t.score", """
            metric a { target => 5 }
            metric b { unit minutes }
            metric c { score linear { 1 -> } }
            """);
        // Line 1: `=>` is not a comparison; "metric a { target " is 18 characters. Line 3: "metric c { score linear { 1 -> " is 31.
        result.Diagnostics.Select(d => $"{d.Code}@{d.Position}").ShouldBe(["SR1003@1:19", "SR1003@3:32"]);
        result.Tree.Declarations.ShouldHaveSingleItem().ShouldBeOfType<MetricDeclaration>().Id.Text.ShouldBe("b");
    }

    [Fact]
    public void MissingClosingBraceRecoversAtTheNextUnindentedDeclaration()
    {
        var result = ScoreParser.Parse("t.score", "metric a {\n  unit minutes\nmetric b {\n  unit hours\n}\n");
        // The error points at where `}` was expected: the start of `metric b` on line 3.
        result.Diagnostics.Select(d => $"{d.Code}@{d.Position}").ShouldBe(["SR1003@3:1"]);
        result.Tree.Declarations.ShouldHaveSingleItem().ShouldBeOfType<MetricDeclaration>().Id.Text.ShouldBe("b");
    }

    [Fact]
    public void EmptyFileHasNoDeclarations()
    {
        var result = ScoreParser.Parse("t.score", "");
        result.Diagnostics.ShouldBeEmpty();
        result.Tree.Declarations.Count.ShouldBe(0);
        ScoreParser.Parse("t.score", "\uFEFF// only a comment\r\n").Tree.Comments.Count.ShouldBe(1);
    }
}
