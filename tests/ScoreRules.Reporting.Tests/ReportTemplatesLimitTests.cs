using System.Text;
using ScoreRules.Reporting.Templates;

namespace ScoreRules.Reporting.Tests;

/// <summary>
/// The loop and output limits of report templates: they grow with the data (docs/reports.md: 1,000 loop rounds and
/// 10,000 characters per item, at least 10,000 rounds and 10,000,000 characters) and still stop a runaway template
/// at its place.
/// </summary>
public sealed class ReportTemplatesLimitTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scorerules-templates-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string Render(string name, Dictionary<string, object?> globals) => new ReportTemplates([_folder.FullName]).Render(name, globals);

    [Fact]
    public void A_list_of_five_thousand_is_looped_over_in_full()
    {
        Write("list.md.sbn", "{{~ for p in people ~}}\n{{ p }}\n{{~ end ~}}\n");
        var people = Enumerable.Range(1, 5_000).Select(i => $"P{i:D4}").ToList();

        var text = Render("list.md.sbn", new() { ["people"] = people });

        // Scriban's default of 1,000 rounds would stop at the 1,001st; 5,000 items allow 5,000,000 rounds.
        text.ShouldBe(string.Concat(people.Select(p => p + "\n")));
    }

    [Fact]
    public void A_text_longer_than_scribans_default_limit_is_written_whole()
    {
        Write("long.md.sbn", "{{ for p in people }}{{ p }}{{ end }}");
        var people = Enumerable.Range(0, 2_000).Select(i => new string((char)('a' + i % 26), 1_000)).ToList();

        var text = Render("long.md.sbn", new() { ["people"] = people });

        // 2,000 × 1,000 = 2,000,000 characters: over Scriban's default 1,048,576, which would cut the text short with "...";
        // 2,000 items allow max(10,000,000, 2,000 × 10,000) = 20,000,000.
        text.Length.ShouldBe(2_000_000);
        text.ShouldBe(string.Concat(people));
    }

    // The timeout fails the test, rather than the run, if the render never stops.
    [Fact(Timeout = 60_000)]
    public async Task An_endless_loop_stops_at_its_place_after_ten_thousand_rounds_without_lists()
    {
        var path = Write("endless.md.sbn", "# Report\n{{ while true }}x{{ end }}\n");

        var error = await Task.Run(() => Should.Throw<TemplateException>(() => Render("endless.md.sbn", new() { ["name"] = "王小美" })));

        // Line 2; `while` starts after "{{ ", at column 4. No lists: the minimum of 10,000 rounds.
        error.Problems.ShouldBe([$"{path}:2:4: error: Exceeding number of iteration limit `10000` for loop statement."]);
    }

    [Fact]
    public void The_loop_limit_is_a_thousand_rounds_per_item()
    {
        var path = Write("endless.md.sbn", "{{ while true }}{{ end }}");
        // 30 rows with 0, 1, 2, 3, 4, 0, 1, … evidence entries: 30 + (0 + 1 + 2 + 3 + 4) × 6 = 90 items.
        var rows = Enumerable.Range(0, 30).Select(i => new Row($"m{i}", Enumerable.Range(0, i % 5).Select(e => $"e{e}").ToList())).ToList();

        var error = Should.Throw<TemplateException>(() => Render("endless.md.sbn", new() { ["rows"] = rows, ["title"] = "T" }));

        error.Problems.ShouldBe([$"{path}:1:4: error: Exceeding number of iteration limit `90000` for loop statement."]);
    }

    [Fact]
    public void Output_over_the_limit_is_an_error_rather_than_a_shortened_text()
    {
        var path = Write("big.md.sbn", "{{ for i in 1..11 }}{{ block }}{{ end }}");

        // No lists: at most 10,000,000 characters; 11 blocks of 1,000,000 are 11,000,000.
        var error = Should.Throw<TemplateException>(() => Render("big.md.sbn", new() { ["block"] = new string('x', 1_000_000) }));

        error.Problems.Single().ShouldStartWith($"{path}:1:");
        error.Problems.Single().ShouldContain("`10000000`");
    }

    [Fact]
    public void Items_are_the_entries_of_every_list_nested_or_not_and_text_is_no_list()
    {
        var rows = new List<Row> { new("a", ["x", "y"]), new("b", []), new("c", ["z"]) };
        var cyclic = new List<object>();
        cyclic.Add(cyclic);

        TemplateLimits.CountItems([rows]).ShouldBe(6);                      // 3 rows + 2 + 0 + 1 entries
        TemplateLimits.CountItems([new Row("only text", []), "text", 42]).ShouldBe(0);
        TemplateLimits.CountItems([new { Report = new { Rows = rows } }]).ShouldBe(6); // found inside objects too
        TemplateLimits.CountItems([cyclic]).ShouldBe(1);                    // the list itself, counted once
    }

    /// <summary>A table row with nested evidence, as the report model has.</summary>
    public sealed record Row(string Name, IReadOnlyList<string> Evidence);
}
