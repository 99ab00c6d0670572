using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>
/// Sample data for fields with an <c>expect</c> list takes its values from the list, so that a policy's
/// own sample data raises no SD105 warning. The priority column is one the generator has words of its own
/// for (P1 .. P4); the list allows only two of them.
/// </summary>
public sealed class ExpectListTests : IDisposable
{
    private const string Policy = """
        policy "事件考核" {
          version "v1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 85 "優"; D else "差" }
        }

        source events "events.csv" {
          key id = 编号
          person = 处理人
          at = 创建时间
          created: datetime = 创建时间
          state: text = 状态 expect ["新建", "处理中", "已解决", "Closed"]
          prio: text? = priority expect ["P1", "P2"]
          ok: bool = 达标
        }

        metric sla "SLA" {
          value share(ok) over events
          unit percent
          target >= 50%
          score met
        }

        scorecard desk "服务台" {
          dimension ops "运营" { sla 100% }
        }
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public void Generated_values_of_expect_fields_come_from_their_lists()
    {
        var rules = Path.Combine(_folder.Path, "rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "policy.score"), Policy.Replace("\r\n", "\n"));
        var policy = PolicyLoader.Load(rules);
        var data = Path.Combine(_folder.Path, "data");
        SampleWriter.Write(SampleGenerator.Generate(policy.Versions, new SampleOptions { People = 8, TicketsPerMonth = 200, Months = 2, Seed = 3 }), data);

        var load = DataSetLoader.Load(policy.Versions[0], data, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

        load.Diagnostics.Where(d => d.Code == DataCodes.UnexpectedValue).ShouldBeEmpty();
        var events = load.Tables["events"];
        var prio = events.FieldIndex("prio");
        var values = events.Rows.Select(r => r.Values[prio]).Where(v => v is not null).Distinct().Cast<string>().Order(StringComparer.Ordinal).ToList();
        values.ShouldNotBeEmpty();
        values.ShouldAllBe(v => v == "P1" || v == "P2");
    }

    public void Dispose() => _folder.Dispose();
}
