namespace ScoreRules.Cli.Tests.Diff;

/// <summary>
/// A two-metric policy small enough to work out by hand, and its data. Scores equal the marks
/// (<c>linear { 0 -&gt; 0, 100 -&gt; 100 }</c>), so a total is simply the weighted mean of the marks.
/// </summary>
public static class TinyDesk
{
    /// <summary>The shared sources, imported by the policy file as <c>../lib/sources.score</c>.</summary>
    public const string Sources = """
        // Shared sources of the tiny desk.

        source people "people.csv" {
          on error fail
          person = employee_id
          name: text = name
          role: text = role
        }

        source reviews "reviews.csv" {
          on error fail
          person = employee_id
          at = reviewed_on
          reviewed: date = reviewed_on
          quality: number = quality
          speed: number = speed
        }
        """;

    /// <summary>The metrics every version shares.</summary>
    public const string Metrics = """
        metric quality "Quality" {
          description "Mean quality mark of the month's reviews, from 0 to 100."
          value mean(quality) over reviews
          unit "marks"
          target >= 80
          score linear { 0 -> 0, 100 -> 100 }
        }

        metric speed "Speed" {
          description "Mean speed mark of the month's reviews, from 0 to 100."
          value mean(speed) over reviews
          unit "marks"
          target >= 80
          score linear { 0 -> 0, 100 -> 100 }
        }
        """;

    /// <summary>A whole one-version policy (imports the sources from <c>../lib</c>) with the given weights.</summary>
    public static string Policy(int qualityWeight, int speedWeight) => $$"""
        import "../lib/sources.score"

        policy "Tiny desk" {
          version "2026"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
          grades { A >= 90 "Outstanding"; B >= 75 "Strong"; C >= 60 "Meets expectations"; D else "Needs improvement" }
        }

        {{Metrics}}

        scorecard agent "Agent" for role == "agent" {
          dimension work "Work" { quality {{qualityWeight}}%, speed {{speedWeight}}% }
        }
        """;

    /// <summary>One version file of a two-version folder: its header and scorecard; the rest is in common.score.</summary>
    public static string Version(string label, string effective, int qualityWeight, int speedWeight) => $$"""
        policy "Tiny desk" {
          version "{{label}}"
          effective {{effective}}
          period month
          timezone "UTC"
          grades { A >= 90 "Outstanding"; B >= 75 "Strong"; C >= 60 "Meets expectations"; D else "Needs improvement" }
        }

        scorecard agent "Agent" for role == "agent" {
          dimension work "Work" { quality {{qualityWeight}}%, speed {{speedWeight}}% }
        }
        """;

    /// <summary>
    /// Writes a policy folder <c>tiny/</c> with two half-year versions sharing <c>common.score</c>:
    /// 2026-H1 weighs quality 30 % and speed 70 %, 2026-H2 quality 40 % and speed 60 %.
    /// Returns the folder's path.
    /// </summary>
    public static string WriteTwoVersions(TempFolder dir)
    {
        dir.Write("lib/sources.score", Sources);
        dir.Write("tiny/common.score", "import \"../lib/sources.score\"\n\n" + Metrics);
        dir.Write("tiny/2026-H1.score", Version("2026-H1", "2026-01-01 .. 2026-06-30", 30, 70));
        dir.Write("tiny/2026-H2.score", Version("2026-H2", "2026-07-01 .. 2026-12-31", 40, 60));
        return Path.Combine(dir.Path, "tiny");
    }

    /// <summary>
    /// Writes the data folder <c>data/</c> and returns its path. March 2026:
    /// ann's quality marks 40 and 60 (mean 50), speed 100; bob's quality 100, speed 60.
    /// Without <paramref name="withBob"/>, only ann.
    /// </summary>
    public static string WriteData(TempFolder dir, bool withBob = true)
    {
        dir.Write("data/people.csv", "employee_id,name,role\nann,Ann Lee,agent\n" + (withBob ? "bob,Bob Marsh,agent\n" : ""));
        dir.Write("data/reviews.csv", "employee_id,reviewed_on,quality,speed\n"
            + "ann,2026-03-10,40,100\nann,2026-03-20,60,100\n"
            + (withBob ? "bob,2026-03-12,100,60\n" : "")
            + "ann,2026-04-02,0,0\n"); // April: outside the period, must not count
        return Path.Combine(dir.Path, "data");
    }
}
