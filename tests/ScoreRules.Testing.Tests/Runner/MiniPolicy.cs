namespace ScoreRules.Testing.Tests.Runner;

/// <summary>
/// A small policy written to a temp folder, with one test block whose expectations the tests choose.
/// Hand computation for alice in March (T1 20 minutes solved, T2 40 minutes not solved):
///   speed = mean(20, 40) = 30 → band 1 (&lt;= 30) → 100; solved = 1 / 2 = 50 % → 0 (linear 0.5 → 0, 0.8 → 100)
///   total = 100 × 50 % + 0 × 50 % = 50 → grade C; bonus: no ticket under 5 minutes → 0
///   solved misses 80 %: the improve rule fires; speed 30 is not above 60: no alert
/// </summary>
internal static class MiniPolicy
{
    public const string Rules = """
        policy "Mini" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
          grades { A >= 90; B >= 60; C else }
        }

        source people "people.csv" {
          person = id
          role: text = role
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = agent
          at = created
          created: datetime = created
          minutes: number = minutes
          solved: bool? = solved map { "Y" -> true, "N" -> false }
        }

        metric speed "Speed" {
          description "Mean minutes per ticket."
          value mean(minutes) over tickets
          unit minutes
          target <= 30
          score bands { <= 30 -> 100, <= 60 -> 50, else -> 0 }
        }

        metric solved "Solved" {
          description "Share of tickets solved."
          value share(solved) over tickets where solved != none
          unit percent
          target >= 80%
          score linear { 0.5 -> 0, 0.8 -> 100 }
        }

        bonus extra "Extra" {
          description "One point for a ticket under five minutes."
          value count(id) over tickets where minutes < 5
          max 1
        }

        scorecard agents "Agents" for role == "agent" {
          dimension work { speed 50%, solved 50% }
          bonus extra
          missing reweight
        }

        scorecard leads "Leads" for role == "lead" {
          dimension work { speed 100% }
        }

        improve solved when missed {
          plan "p"
          do "d" within 7 days owner self
          check solved next period
          act "a"
        }

        alert slow "Slow" when speed > 60

        test "alice" {
          period 2026-03
          people {
            | person | role  |
            | alice  | agent |
          }
          tickets {
            | id | person | created          | minutes | solved |
            | T1 | alice  | 2026-03-02 09:00 | 20      | Y      |
            | T2 | alice  | 2026-03-03 09:00 | 40      | N      |
          }
        EXPECTATIONS
        }

        """;

    /// <summary>Writes the policy with <paramref name="expectations"/> (lines such as <c>expect alice.total == 50</c>) and returns the rule file's path.</summary>
    public static string Write(TempFolder folder, params string[] expectations) =>
        folder.Write("mini/mini.score", Rules.Replace("EXPECTATIONS", string.Join("\n", expectations.Select(e => "  " + e))));

    /// <summary>The 1-based line of the first line of <paramref name="file"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string file, string text) => Array.FindIndex(File.ReadAllLines(file), l => l.Contains(text)) + 1;
}
