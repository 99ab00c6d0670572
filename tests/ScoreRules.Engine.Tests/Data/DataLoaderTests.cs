using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class DataLoaderTests
{
    /// <summary>The source named <paramref name="id"/> bound from a rule snippet, as the checker would give it.</summary>
    internal static SourceModel Bind(string rules, string id)
    {
        var parsed = ScoreParser.Parse("rules.score", rules);
        parsed.Diagnostics.ShouldBeEmpty();
        return PolicyBinder.Bind([parsed.Tree]).Sources[id];
    }

    [Fact]
    public void Missing_file_names_the_full_path_tried()
    {
        using var folder = new TempFolder();
        var source = Source("march/tickets.csv", [Field("id", FieldType.Text)]);

        var (records, context) = Load(source, folder.Path);

        records.ShouldBeEmpty();
        var expected = Path.Combine(folder.Path, "march", "tickets.csv");
        context.Diagnostics.Single().ToString().ShouldBe(
            $"march/tickets.csv:0:0: error SD005: the data file of source test is not there: {expected}");
    }

    [Fact]
    public void Display_path_of_the_context_names_the_file_in_messages()
    {
        using var folder = new TempFolder();
        folder.Write("t.csv", "id,n\nT1,x\n"u8.ToArray());
        var context = new ReadContext(DateTimeZone.Utc, "data/2026-03/t.csv");

        DataLoader.Load(Source("t.csv", [Field("id", FieldType.Text), Field("n", FieldType.Int)]), folder.Path, context).ToList();

        context.Diagnostics.Single().Path.ShouldBe("data/2026-03/t.csv");
    }

    [Fact]
    public void Nothing_is_read_before_enumeration()
    {
        using var folder = new TempFolder();
        var context = new ReadContext(DateTimeZone.Utc);

        var records = DataLoader.Load(Source("absent.csv", [Field("id", FieldType.Text)]), folder.Path, context);

        context.Diagnostics.ShouldBeEmpty();
        records.ToList();
        context.Diagnostics.Single().Code.ShouldBe("SD005");
    }

    [Theory]
    [InlineData(SourceFormat.Csv, typeof(CsvSourceReader))]
    [InlineData(SourceFormat.Json, typeof(JsonSourceReader))]
    [InlineData(SourceFormat.JsonLines, typeof(JsonLinesSourceReader))]
    [InlineData(SourceFormat.Xlsx, typeof(XlsxSourceReader))]
    public void Factory_picks_the_reader_by_format(SourceFormat format, Type reader) =>
        SourceReaderFactory.For(format).ShouldBeOfType(reader);

    [Fact]
    public void Source_bound_from_rules_reads_its_file()
    {
        var source = Bind("""
            source 問卷 "csat_survey.csv" {
              missing "", "未填答"
              on error skip
              key 編號 = "問卷編號"
              person = "承辦人員"
              at = "填答時間"
              填答時間: datetime "yyyy/M/d HH:mm" = "填答時間"
              滿意度: int? = "整體滿意度" map { "非常不滿意" -> 1, "不滿意" -> 2, "普通" -> 3, "滿意" -> 4, "非常滿意" -> 5 }
            }
            """, "問卷");
        const string csv = "問卷編號,承辦人員,填答時間,整體滿意度\n" +
                           "Q1,陳大文,2026/3/2 09:30,非常滿意\n" +
                           "Q2,陳大文,2026/3/2 10:00,未填答\n" +
                           "Q3,林小美,2026/3/32 10:00,滿意\n";

        var (records, context) = LoadText(source, csv, "Asia/Taipei");

        var field = source.Fields.Select(f => f.Name).ToList();
        var rows = records.Select(r => (r.Values[field.IndexOf("編號")], r.Values[field.IndexOf("person")], r.Values[field.IndexOf("滿意度")])).ToList();
        rows.ShouldBe([("Q1", "陳大文", 5m), ("Q2", "陳大文", null)]);
        records[0].Values[field.IndexOf("填答時間")].ShouldBe(Utc(2026, 3, 2, 1, 30));
        context.SkippedRows.ShouldBe(new Dictionary<string, int> { ["填答時間: not a date and time"] = 1 });
    }
}
