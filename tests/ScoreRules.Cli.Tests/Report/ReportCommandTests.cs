using System.Globalization;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Results;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ScoreRules.Cli.Tests.Report;

/// <summary><c>scorerules report</c> on the shipped examples, read back from the PDFs.</summary>
public sealed class ReportCommandTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void Bank_report_writes_every_persons_reports_and_the_packet()
    {
        fixture.Bank.ExitCode.ShouldBe(0, fixture.Bank.Stderr);
        var people = fixture.Evaluate("bank-service-desk").People;
        people.Count.ShouldBe(10); // examples/bank-service-desk/data/people.csv has A1001 … A1010
        var expected = people.SelectMany(p => new[] { $"{p.Person}.pdf", $"{p.Person}.pdca.pdf" }).Append("packet.pdf").Order(StringComparer.Ordinal);
        Directory.GetFiles(fixture.BankFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(expected!);
    }

    [Fact]
    public void Bank_csat_row_shows_what_the_engine_computed()
    {
        var person = fixture.Evaluate("bank-service-desk").People.Single(p => p.Person == "A1001");
        var csat = person.Metrics.Single(m => m.Name == "客戶滿意度 CSAT");
        // The row, cell by cell, as eval computes it: value, target, met (是/否), score, weight, points.
        var row = $"客戶滿意度 CSAT {ValueFormatter.Format(csat.Value, csat.Unit)} {ValueFormatter.Target(csat.Target!, csat.Unit)} "
                  + $"{(csat.Met == true ? "是" : "否")} {ValueFormatter.Points(csat.Score)} {ValueFormatter.Weight(csat.Weight)} {ValueFormatter.Points(csat.Contribution)}";
        var lines = ReportPdfText.Lines(Path.Combine(fixture.BankFolder, "A1001.pdf"));
        lines.ShouldContain(row);
        lines.ShouldContain($"總分：{ValueFormatter.Points(person.Total)} 等第：{person.Grade} 良好".Replace("  ", " "));
        lines[0].ShouldBe("績效考核報告：王小美 (A1001) 2026-03"); // page header: title left, period right
    }

    [Fact]
    public void Acme_csat_row_reads_in_english()
    {
        fixture.Acme.ExitCode.ShouldBe(0, fixture.Acme.Stderr);
        var person = fixture.Evaluate("acme-helpdesk").People.Single(p => p.Person == "alice");
        var csat = person.Metrics.Single(m => m.Id == "csat_pct");
        var row = $"{csat.Name} {ValueFormatter.Format(csat.Value, csat.Unit)} {ValueFormatter.Target(csat.Target!, csat.Unit)} "
                  + $"{(csat.Met == true ? "yes" : "no")} {ValueFormatter.Points(csat.Score)} {ValueFormatter.Weight(csat.Weight)}";
        var lines = ReportPdfText.Lines(Path.Combine(fixture.AcmeFolder, "alice.pdf"));
        lines.ShouldContain(l => l.StartsWith(row + " ", StringComparison.Ordinal));
        lines.ShouldContain("Performance appraisal: Alice Moreno");
        lines.ShouldContain(l => l.StartsWith("Total: " + ValueFormatter.Points(person.Total), StringComparison.Ordinal));
    }

    [Fact]
    public void Two_runs_write_identical_bytes()
    {
        fixture.BankAgain.ExitCode.ShouldBe(0, fixture.BankAgain.Stderr);
        foreach (var file in Directory.GetFiles(fixture.BankFolder))
            File.ReadAllBytes(file).ShouldBe(File.ReadAllBytes(Path.Combine(fixture.BankAgainFolder, Path.GetFileName(file))), Path.GetFileName(file));
    }

    [Fact]
    public void A_persons_report_names_nobody_else()
    {
        var people = fixture.Evaluate("bank-service-desk").People;
        foreach (var person in people)
        {
            var text = ReportPdfText.All(Path.Combine(fixture.BankFolder, person.Person + ".pdf"))
                       + ReportPdfText.All(Path.Combine(fixture.BankFolder, person.Person + ".pdca.pdf"));
            text.ShouldContain(person.Name!);
            foreach (var other in people.Where(o => o.Person != person.Person))
            {
                text.ShouldNotContain(other.Name!, customMessage: $"{person.Person}'s report");
                text.ShouldNotContain(other.Person, customMessage: $"{person.Person}'s report");
            }
        }
    }

    [Fact]
    public void The_packet_has_a_bookmark_for_the_cover_and_each_person()
    {
        var people = fixture.Evaluate("bank-service-desk").People;
        using var document = PdfDocument.Open(File.ReadAllBytes(Path.Combine(fixture.BankFolder, "packet.pdf")));
        document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var titles = bookmarks.Roots.Select(r => r.Title).ToList();
        titles.ShouldBe(people.Select(p => $"{p.Name} ({p.Person})").Prepend("團隊考核總覽"));
    }

    [Fact]
    public void Team_context_is_left_out_for_groups_smaller_than_four()
    {
        var people = fixture.Evaluate("acme-helpdesk").People;
        // acme: six tier1 agents, three tier2 engineers, one service manager (examples/acme-helpdesk/data/people.csv).
        foreach (var person in people)
        {
            var group = people.Count(p => p.Scorecard == person.Scorecard && p.Total is not null);
            var text = ReportPdfText.All(Path.Combine(fixture.AcmeFolder, person.Person + ".pdf"));
            if (group >= 4) text.ShouldContain($"Team context: Among {group} people on the same scorecard");
            else text.ShouldNotContain("Team context");
        }
        people.Count(p => p.Scorecard == "tier1").ShouldBe(6);
        people.Count(p => p.Scorecard == "tier2").ShouldBe(3);
    }

    [Fact]
    public void Contributions_add_up_to_the_total_shown()
    {
        using var output = new TempFolder();
        var run = CliRun.Of("report", fixture.Rules("acme-helpdesk"), "--data", fixture.Data("acme-helpdesk"), "--period", "2026-03",
            "--out", output.Path, "--format", "md", "--no-packet");
        run.ExitCode.ShouldBe(0, run.Stderr);
        foreach (var person in fixture.Evaluate("acme-helpdesk").People.Where(p => p.Total is not null))
        {
            var rows = File.ReadAllLines(Path.Combine(output.Path, "2026-03", person.Person + ".md"))
                .SkipWhile(l => !l.StartsWith("| Metric | Value |", StringComparison.Ordinal)).Skip(2)
                .TakeWhile(l => l.StartsWith('|')).ToList();
            var points = rows.Select(r => r.Split('|', StringSplitOptions.TrimEntries)[^2].Trim('*')).ToList();
            var totalShown = points[^1];
            totalShown.ShouldBe(ValueFormatter.Points(person.Total));
            var sum = points.SkipLast(1).Where(p => p != "—").Sum(p => decimal.Parse(p, CultureInfo.InvariantCulture));
            sum.ShouldBe(decimal.Parse(totalShown, CultureInfo.InvariantCulture), person.Person);
        }
    }

    [Fact]
    public void Html_and_markdown_formats_write_their_files_and_leave_other_files_alone()
    {
        using var output = new TempFolder();
        var keep = output.Write(Path.Combine("2026-03", "notes.txt"), "mine");
        foreach (var format in new[] { "html", "md" })
        {
            var run = CliRun.Of("report", fixture.Rules("bank-service-desk"), "--data", fixture.Data("bank-service-desk"), "--period", "2026-03",
                "--out", output.Path, "--format", format, "--person", "A1001");
            run.ExitCode.ShouldBe(0, run.Stderr);
            foreach (var name in new[] { "A1001", "A1001.pdca", "packet" })
                File.Exists(Path.Combine(output.Path, "2026-03", $"{name}.{format}")).ShouldBeTrue($"{name}.{format}");
        }
        File.ReadAllText(Path.Combine(output.Path, "2026-03", "A1001.md")).ShouldStartWith("# 績效考核報告：王小美\n");
        // ratings.csv: A1001's supervisor wrote "情境:線上客服協助重設密碼;行為:略過說明登入提示的步驟;影響:使用者當天再次被鎖定。"
        File.ReadAllText(Path.Combine(output.Path, "2026-03", "A1001.md"))
            .ShouldContain("| supervisor | 3 | 線上客服協助重設密碼 | 略過說明登入提示的步驟 | 使用者當天再次被鎖定。 |");
        var html = File.ReadAllText(Path.Combine(output.Path, "2026-03", "A1001.html"));
        html.ShouldContain("<svg");
        html.ShouldContain("lang=\"zh-Hant\"");
        File.ReadAllText(keep).ShouldBe("mine");
        Directory.GetFiles(Path.Combine(output.Path, "2026-03"), "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void Every_pdca_file_is_written_and_says_when_nothing_fired()
    {
        var people = fixture.Evaluate("acme-helpdesk").People;
        var none = people.First(p => p.Improvements.Count == 0);
        ReportPdfText.All(Path.Combine(fixture.AcmeFolder, none.Person + ".pdca.pdf")).ShouldContain("No improvement items this period.");
        var some = people.First(p => p.Improvements.Count > 0);
        ReportPdfText.All(Path.Combine(fixture.AcmeFolder, some.Person + ".pdca.pdf")).ShouldNotContain("No improvement items this period.");
    }

    [Fact]
    public void A_policy_template_overrides_the_default_and_its_errors_point_at_the_line()
    {
        using var rules = new TempFolder();
        CopyFolder(fixture.Rules("acme-helpdesk"), Path.Combine(rules.Path, "acme"));
        CopyFolder(fixture.Rules("std"), Path.Combine(rules.Path, "std")); // the policy imports ../std
        rules.Write(Path.Combine("acme", "templates", "pdca.md.sbn"), "# Plan for {{ report.name }}\n");
        using var output = new TempFolder();
        var run = CliRun.Of("report", Path.Combine(rules.Path, "acme"), "--data", fixture.Data("acme-helpdesk"), "--period", "2026-03",
            "--out", output.Path, "--format", "md", "--person", "alice", "--no-packet");
        run.ExitCode.ShouldBe(0, run.Stderr);
        File.ReadAllText(Path.Combine(output.Path, "2026-03", "alice.pdca.md")).ShouldBe("# Plan for Alice Moreno\n");

        var broken = rules.Write(Path.Combine("acme", "templates", "appraisal.md.sbn"), "# Report\n\nTotal {{ for m in report.metrics }}\n");
        using var output2 = new TempFolder();
        run = CliRun.Of("report", Path.Combine(rules.Path, "acme"), "--data", fixture.Data("acme-helpdesk"), "--period", "2026-03",
            "--out", output2.Path, "--format", "md", "--person", "alice");
        run.ExitCode.ShouldBe(1);
        FirstError(run.Stderr).ShouldStartWith(broken + ":3:");
        Directory.GetFiles(Path.Combine(output2.Path, "2026-03")).ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_person_is_a_usage_error()
    {
        using var output = new TempFolder();
        var run = CliRun.Of("report", fixture.Rules("bank-service-desk"), "--data", fixture.Data("bank-service-desk"), "--period", "2026-03",
            "--out", output.Path, "--person", "A9999");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("no person \"A9999\" in period 2026-03");
    }

    [Fact]
    public void A_font_that_cannot_be_used_is_an_error_with_exit_code_2()
    {
        using var output = new TempFolder();
        var font = output.Write("not-a-font.ttf", "plain text");
        var run = CliRun.Of("report", fixture.Rules("acme-helpdesk"), "--data", fixture.Data("acme-helpdesk"), "--period", "2026-03",
            "--out", output.Path, "--person", "alice", "--font", font);
        run.ExitCode.ShouldBe(2);
        FirstError(run.Stderr).ShouldStartWith($"error: The file '{font}' given with --font");
        Directory.GetFiles(Path.Combine(output.Path, "2026-03")).ShouldBeEmpty();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    // The acme example data warns (SD102) about a head of service who is not appraised; errors follow it.
    private static string FirstError(string stderr) =>
        stderr.Split('\n').First(line => !line.Contains(": warning SD", StringComparison.Ordinal));
}
