namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 2: answers that are words (good/bad, satisfied/dissatisfied, thumbs up/down, 滿意/不滿意)
/// are mapped explicitly in the source with <c>map { … }</c>. An answer the map does not know is a
/// data error (SD003) naming the answer, never counted as positive; with <c>on error skip</c> its
/// row is left out and counted. The reader's unit tests (Data/TypingTests, Data/BadDataTests) cover
/// the lookup order (as written, trimmed, ignoring case); these tests go through the whole run.
/// </summary>
public class P02_CategoricalAnswerTests
{
    private static string Rules(string onError) => $$"""
        policy "Feedback" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; B >= 75; C else }
        }

        // Three survey tools, three vocabularies, one explicit mapping.
        source feedback "feedback.csv" {
          on error {{onError}}
          key id = feedback_id
          person = agent
          at = answered_at
          answered: datetime = answered_at
          satisfied: bool = answer map {
            "good" -> true, "bad" -> false,
            "satisfied" -> true, "dissatisfied" -> false,
            "thumbs up" -> true, "thumbs down" -> false,
            "滿意" -> true, "不滿意" -> false
          }
        }

        metric satisfied_share "Satisfied answers (% satisfied)" {
          description "Share of feedback answers that are positive."
          value share(satisfied) over feedback
          unit percent
          target >= 80%
          score linear { 0.5 -> 0, 0.8 -> 100 }
        }

        scorecard agent "Agent" {
          dimension customer "Customer experience" { satisfied_share 100% }
        }
        """;

    // "excellent" sounds positive but is in none of the maps; "dissatisfied" contains "satisfied",
    // so a substring match would count it positive; "Bad" differs from "bad" only in case.
    private const string Feedback = """
        feedback_id,agent,answered_at,answer
        F1,alice,2026-03-02 10:00,good
        F2,alice,2026-03-03 10:00,Bad
        F3,alice,2026-03-04 10:00,dissatisfied
        F4,alice,2026-03-05 10:00,thumbs up
        F5,alice,2026-03-06 10:00,excellent
        F6,alice,2026-03-09 10:00,滿意
        """;

    [Fact]
    public void Mapped_answers_count_as_the_map_says()
    {
        using var run = PolicyRun.Of(Rules("fail")).Data("feedback.csv", Feedback.Replace("excellent", "thumbs down"));
        var share = run.Evaluate("2026-03").Person("alice").Metric("satisfied_share");
        // good, thumbs up, 滿意 are positive; Bad, dissatisfied, thumbs down are not: 3 of 6 = 50 %.
        share.Value.ShouldBe(0.5m);
        share.Trace.RowsUsed.ShouldBe(6);
    }

    [Fact]
    public void An_unmapped_answer_stops_the_run_with_an_error_naming_it()
    {
        using var run = PolicyRun.Of(Rules("fail")).Data("feedback.csv", Feedback);
        var data = run.Load();

        data.Failed.ShouldBeTrue();
        data.Tables.ShouldNotContainKey("feedback");
        var error = data.Diagnostics.ShouldHaveSingleItem();
        (error.Code, error.IsError, error.Row, error.Column).ShouldBe(("SD003", true, 6, 4)); // F5 is file row 6, "answer" column 4
        error.Message.ShouldStartWith("\"excellent\" is not one of the answers of field satisfied");
    }

    [Fact]
    public void With_on_error_skip_the_row_is_left_out_and_counted_never_counted_positive()
    {
        using var run = PolicyRun.Of(Rules("skip")).Data("feedback.csv", Feedback);
        var data = run.Load();

        data.Failed.ShouldBeFalse();
        var warning = data.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.IsError, warning.Row).ShouldBe(("SD003", false, 6));
        warning.Message.ShouldContain("\"excellent\"");
        data.SkippedRows["feedback"].Values.Sum().ShouldBe(1);

        var share = run.Evaluate("2026-03").Person("alice").Metric("satisfied_share");
        // Kept: good (yes), Bad (no), dissatisfied (no), thumbs up (yes), 滿意 (yes) → 3 of 5 = 60 %.
        // Counting "excellent" as positive would give 4 / 6 = 66.7 %, as negative 3 / 6 = 50 %.
        share.Value.ShouldBe(0.6m);
        share.Trace.RowsInPeriod.ShouldBe(5);
    }
}
