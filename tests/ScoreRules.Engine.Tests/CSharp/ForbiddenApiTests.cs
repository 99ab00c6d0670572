using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.Tests.CSharp;

public class ForbiddenApiTests
{
    // {0} is written into the rule file as it stands (escapes included); `at` is the text the diagnostic must start at.
    private const string Template = """
        policy "Forbidden" {{
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades {{ A >= 90; C else }}
        }}
        source tickets "tickets.csv" {{
          person = agent
          at = created
          created: datetime = created
          csat: number? = csat
        }}
        metric probe "Probe" {{
          description "A formula that must be rejected."
          target >= 1
          {0}
        }}
        scorecard all {{ dimension work {{ probe 100% }} }}
        """;

    private static CSharpPolicy Probe(string formulaLine) =>
        CSharpPolicy.From("forbidden.score", string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, formulaLine));

    public static TheoryData<string, string, string> Cases() => new()
    {
        // formula line, where the diagnostic starts, what it names
        { """value csharp "System.IO.File.ReadAllText(\"secret.txt\").Length" """, "System.IO.File.ReadAllText", "System.IO.File.ReadAllText" },
        { """value csharp "tickets.Count + System.IO.File.ReadAllLines(\"x\").Length" """, "System.IO.File.ReadAllLines", "System.IO.File.ReadAllLines" },
        { """value count() over tickets  score csharp "Environment.Exit(1)" """, "Environment.Exit", "System.Environment.Exit" },
        { """value csharp "System.Diagnostics.Process.Start(\"calc\").Id" """, "System.Diagnostics.Process.Start", "System.Diagnostics.Process.Start" },
        { """value csharp "Process.Start(\"calc\").Id" """, "Process.Start", "Process.Start" },
        { """value csharp "typeof(decimal).GetMethods().Length" """, "typeof(decimal)", "System.Type" },
        { """value csharp "tickets.GetType().Name.Length" """, "tickets.GetType", "GetType" },
        { """value csharp "new System.Threading.Thread(() => { }).ManagedThreadId" """, "new System.Threading.Thread", "System.Threading.Thread" },
        { """value csharp "var t = new Thread(() => { }); t.Start(); return 1;" """, "new Thread", "new Thread" },
        { """value csharp "System.Threading.Tasks.Task.Run(() => 1).Result" """, "System.Threading.Tasks.Task.Run", "System.Threading.Tasks.Task" },
        { """value csharp "unsafe { int x = 1; int* p = &x; return *p; }" """, "unsafe", "`unsafe` code" },
        { """value csharp "dynamic d = tickets; return d.Count;" """, "dynamic", "dynamic" },
        { """value csharp "DateTime.Now.Hour" """, "DateTime.Now", "System.DateTime.Now" },
        { """value csharp "Environment.ProcessorCount" """, "Environment.ProcessorCount", "System.Environment.ProcessorCount" },
        { """value csharp "GC.GetTotalMemory(false)" """, "GC.GetTotalMemory", "System.GC.GetTotalMemory" },
        { """value csharp "AppDomain.CurrentDomain.Id" """, "AppDomain.CurrentDomain", "System.AppDomain.CurrentDomain" },
        { """value csharp "Console.Read()" """, "Console", "Console" },
        { """value csharp "new Random().Next()" """, "new Random", "new System.Random" },
        { """value csharp "Enumerable.Range(0, 1000000000).Count(i => i % 2 == 0)" """, "Enumerable.Range", "System.Linq.Enumerable.Range" },
        { """value csharp "Enumerable.InfiniteSequence(0, 1).Count()" """, "Enumerable.InfiniteSequence", "System.Linq.Enumerable.InfiniteSequence" },
        { """value csharp "tickets.Shuffle().First().csat" """, "tickets.Shuffle", "System.Linq.Enumerable.Shuffle" },
        { """value csharp "\"x\".GetHashCode()" """, "\\\"x\\\".GetHashCode", "GetHashCode" },
        { """value csharp "__Guard.Tick(); return 1;" """, "__Guard", "__Guard" },
        { """value csharp "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid(); return getpid();" """, "[System.Runtime.InteropServices.DllImport(\\\"libc\\\")]", "an attribute" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_rejected_at_check_time_where_it_is_written(string formulaLine, string at, string named)
    {
        var policy = Probe(formulaLine.Contains("score csharp") ? formulaLine : formulaLine + " score met");
        policy.Check.HasErrors.ShouldBeFalse(DiagnosticFormatter.RenderAll(policy.Check.Diagnostics));

        var expected = policy.PositionOf(at);
        var rendered = DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics);
        var diagnostic = policy.CSharpDiagnostics.FirstOrDefault(d => d.Position == expected);
        diagnostic.ShouldNotBeNull($"nothing reported at {expected}:\n{rendered}");
        diagnostic.Code.ShouldBe("SR2024", rendered);
        diagnostic.Source!.Slice(diagnostic.Span).ShouldStartWith(at);
        diagnostic.Message.ShouldContain(named);
        diagnostic.ToString().ShouldStartWith($"forbidden.score:17:{expected.Column}: error SR2024: ");
    }

    [Fact]
    public void Math_linq_collections_text_and_dates_are_allowed()
    {
        const string formula = """
            value csharp "tickets.Where(t => t.csat != null).GroupBy(t => t.created.DayOfWeek).Select(g => (double)g.Average(t => t.csat!.Value)).DefaultIfEmpty(0).Max() + Math.Round(Math.Sqrt(16.0)) + tickets.Select(t => t.person.ToUpperInvariant()).Distinct().Count() + new List<int> { 1, 2 }.Sum() + (DateTime.MinValue.AddDays(1) - DateTime.MinValue).TotalDays + $\"{tickets.Count}\".Length + tickets.OrderBy(t => t.created).Take(1).Count() + new Dictionary<string, int>().Count + (from t in tickets where t.csat > 3 select t.csat).Count() + string.Join(\",\", new[] { \"a\", \"b\" }).Length"
            """;
        var policy = Probe(formula + " score met");
        policy.CSharpDiagnostics.ShouldBeEmpty(DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics));
    }

    [Fact]
    public void Each_use_is_reported_once_and_the_caret_covers_it()
    {
        var policy = Probe("""value csharp "System.IO.File.ReadAllText(\"a\").Length + System.IO.File.ReadAllText(\"b\").Length" score met""");
        // Two calls, two diagnostics; each from `System` to `ReadAllText`. The line is indented by two spaces and the
        // formula starts after `value csharp "`, at column 17; the second call starts after the first call's 40
        // characters in the file (26 for the name, 7 for (\"a\") whose escapes are two characters each, 7 for
        // .Length) and ` + `: column 17 + 40 + 3 = 60. The caret line is indented by 4 more.
        DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics).ShouldBe("""
            forbidden.score:17:17: error SR2024: `System.IO.File.ReadAllText` is not allowed in a C# formula: formulas may use Math, LINQ over the rows they are given, and numbers, text, dates and times, nothing else
                  value csharp "System.IO.File.ReadAllText(\"a\").Length + System.IO.File.ReadAllText(\"b\").Length" score met
                                ^~~~~~~~~~~~~~~~~~~~~~~~~~

            forbidden.score:17:60: error SR2024: `System.IO.File.ReadAllText` is not allowed in a C# formula: formulas may use Math, LINQ over the rows they are given, and numbers, text, dates and times, nothing else
                  value csharp "System.IO.File.ReadAllText(\"a\").Length + System.IO.File.ReadAllText(\"b\").Length" score met
                                                                           ^~~~~~~~~~~~~~~~~~~~~~~~~~


            """.ReplaceLineEndings("\n"));
    }
}
