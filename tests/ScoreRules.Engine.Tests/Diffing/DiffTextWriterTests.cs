using ScoreRules.Engine.Diffing;
using ScoreRules.Engine.Diffing.Output;

namespace ScoreRules.Engine.Tests.Diffing;

public class DiffTextWriterTests
{
    private static string Write(params RuleChange[] changes)
    {
        var version = new VersionDiff("v1", "v2", "服務台考核", [], [new ScorecardDiff("t1", "一線客服", ChangeKind.Changed, changes)]);
        var report = new DiffReport("rules/bank", new DiffSide("version:v1", null, "v1"), new DiffSide("version:v2", null, "v2"),
            [new PolicySetDiff("rules/bank", [version])], null);
        var output = new StringWriter();
        DiffTextWriter.Write(report, output);
        return output.ToString();
    }

    [Fact]
    public void ColumnsLineUpWithChineseNamesCountedTwoColumnsWide()
    {
        var text = Write(
            new RuleChange(ChangeKind.Changed, "metric 滿意度", "weight", "30 %", "25 %"),
            new RuleChange(ChangeKind.Added, "metric fcr", "weight", null, "5 %"));

        // "metric 滿意度" is 7 + 3 × 2 = 13 columns wide, "metric fcr" 10: the setting column starts after 13 + 2.
        text.ShouldContain(
            "    change   rule           setting  before  after\n" +
            "    changed  metric 滿意度  weight   30 %    25 %\n" +
            "    added    metric fcr     weight   —       5 %\n");
    }

    [Fact]
    public void LongValuesLeaveTheTableForLinesOfTheirOwn()
    {
        var before = "Partly clear: states the outcome but skips steps or uses unexplained terms";
        var after = "Partly clear: states the outcome but skips steps; the user has to ask again";

        var text = Write(new RuleChange(ChangeKind.Changed, "scale clarity", "level 2", before, after));

        text.ShouldContain(
            "    changed  scale clarity  level 2  (below)  (below)\n" +
            "    scale clarity, level 2:\n" +
            $"      before: {before}\n" +
            $"      after:  {after}\n");
    }

    [Fact]
    public void HeadingsNameThePolicyVersionsAndScorecard()
    {
        var text = Write(new RuleChange(ChangeKind.Changed, "metric fcr", "weight", "15 %", "20 %"));

        text.ShouldStartWith("Policy diff of rules/bank: version v1 → version v2\n\n服務台考核, version v1 → v2\n\n  Scorecard t1 \"一線客服\"\n");
    }
}
