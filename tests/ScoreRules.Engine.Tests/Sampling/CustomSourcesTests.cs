using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>
/// A policy of its own making, unlike the shipped ones: a GB18030 ticket export with ';' between cells,
/// day-first dates and a three-answer map, and JSON Lines and JSON sources the generator does not know.
/// </summary>
public partial class CustomSourcesTests : IDisposable
{
    private const string Policy = """
        policy "测试服务台考核" {
          version "v1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          description "只用于测试样本数据。"
          grades { A >= 90 "优秀"; B else "待改进" }
        }

        source people "people.csv" {
          person = 工号
          姓名: text = 姓名
          岗位: text = 岗位
        }

        source 工单 "工单.csv" {
          encoding "gb18030"
          delimiter ";"
          key 编号 = 工单编号
          person = 处理人
          at = 建立时间
          建立时间: datetime "d/M/yyyy HH:mm" = 建立时间
          解决时间: datetime? "d/M/yyyy HH:mm" = 解决时间
          满意度: int? = 满意度 map { "不满意" -> 1, "一般" -> 3, "满意" -> 5 }
          渠道: text = 渠道
        }

        source extras "extras.jsonl" {
          person = agent
          at = when
          when: datetime = when
          score: number = score
          flag: bool = flag
          label: text? = label
        }

        source logs "logs.json" {
          person = who
          at = day
          day: date = day
          n: int = n
        }

        metric 满意 "满意度" {
          description "满意度的平均值。"
          value mean(满意度) over 工单 where 满意度 != none
          unit "/5"
          target >= 4
          score linear { 3 -> 0, 4 -> 100 }
        }

        metric 事件分 "事件分" {
          description "带标记的事件分数的平均值。"
          value mean(score) over extras where flag and label == "重点"
          unit count
          target >= 5
          score linear { 0 -> 0, 5 -> 100 }
        }

        metric 日志 "日志数" {
          description "日志条数之和。"
          value sum(n) over logs
          unit count
          target >= 5
          score linear { 0 -> 0, 5 -> 100 }
        }

        scorecard 一线 "一线" for 岗位 == "一线" {
          dimension 客户 "客户" { 满意 40%, 事件分 30%, 日志 30% }
          missing reweight
        }
        """;

    private readonly TempFolder _folder = new();
    private readonly string _data;
    private readonly SampleDataSet _set;
    private readonly DataSetLoader.Result _load;

    public CustomSourcesTests()
    {
        var rules = Path.Combine(_folder.Path, "rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "policy.score"), Policy.Replace("\r\n", "\n"));
        var policy = PolicyLoader.Load(rules);
        policy.Check.Diagnostics.Where(d => d.IsError).Select(d => d.Message).ShouldBeEmpty();
        _data = Path.Combine(_folder.Path, "data");
        _set = SampleGenerator.Generate(policy.Versions, new SampleOptions { People = 8, TicketsPerMonth = 40, Months = 2, Seed = 11 });
        SampleWriter.Write(_set, _data);
        _load = DataSetLoader.Load(policy.Versions[0], _data, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
    }

    [Fact]
    public void Every_file_loads_without_any_message()
    {
        _load.Failed.ShouldBeFalse();
        _load.Diagnostics.ShouldBeEmpty();
        _load.Tables.Keys.Order(StringComparer.Ordinal).ShouldBe(["extras", "logs", "people", "工单"]);
    }

    [Fact]
    public void The_ticket_export_is_gb18030_with_semicolons_day_first_dates_and_the_map_answers()
    {
        var bytes = File.ReadAllBytes(Path.Combine(_data, "工单.csv"));
        Should.Throw<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = Encoding.GetEncoding("GB18030").GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("工单编号;处理人;建立时间;解决时间;满意度;渠道");
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        rows.Count.ShouldBe(80);
        rows.ShouldAllBe(r => DayFirst().IsMatch(r[2]));
        rows.Select(r => r[4]).Distinct().Order(StringComparer.Ordinal).ShouldBe(["", "一般", "不满意", "满意"]);
    }

    [Fact]
    public void The_people_file_staffs_the_scorecard_and_names_people_in_simplified_chinese()
    {
        var people = File.ReadAllLines(Path.Combine(_data, "people.csv"));

        people[0].ShouldBe("工号,姓名,岗位");
        people.Skip(1).ShouldAllBe(l => l.EndsWith(",一线"));
        people.ShouldContain("A1003,陈怡君,一线"); // 陳怡君 in traditional characters
    }

    [Fact]
    public void Unknown_sources_get_values_of_their_field_types_and_the_rules_words()
    {
        var extras = File.ReadAllLines(Path.Combine(_data, "extras.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        extras.Count.ShouldBe(2 * (8 + 7)); // two rows a month per person: 8 in January, 7 in February (one is away)
        extras.ShouldAllBe(e => e.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "agent", "when", "score", "flag", "label" }));
        extras.Where(e => e.GetProperty("label").ValueKind == JsonValueKind.String)
            .ShouldAllBe(e => e.GetProperty("label").GetString() == "重点");

        using var logs = JsonDocument.Parse(File.ReadAllText(Path.Combine(_data, "logs.json")));
        logs.RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
        logs.RootElement.GetArrayLength().ShouldBe(2 * (8 + 7));
    }

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/2026 \d{2}:\d{2}$")]
    private static partial Regex DayFirst();

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
