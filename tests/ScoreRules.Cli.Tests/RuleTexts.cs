namespace ScoreRules.Cli.Tests;

/// <summary>Small rule files used across the CLI tests.</summary>
public static class RuleTexts
{
    /// <summary>A source and a metric with nothing wrong in them (no errors, no warnings).</summary>
    public const string Clean =
        "source tickets \"tickets.csv\" {\n" +
        "  person = agent\n" +
        "  csat: number? = csat\n" +
        "}\n" +
        "metric csat \"CSAT\" {\n" +
        "  description \"Mean of the 1-5 satisfaction answers.\"\n" +
        "  value mean(csat) over tickets\n" +
        "  target >= 4.5\n" +
        "  score linear { 3.5 -> 0, 4.5 -> 100 }\n" +
        "}\n";

    /// <summary>
    /// `targte` (a misspelt `target`) is line 3; after two spaces of indent it starts at column 3 and
    /// is 6 characters long, so its region ends before column 9.
    /// </summary>
    public const string MisspeltTarget =
        "metric csat \"CSAT\" {\n" +
        "  value mean(csat) over tickets\n" +
        "  targte >= 4.5\n" +
        "}\n";

    /// <summary>
    /// Two independent syntax errors: `valeu` at line 2 column 3, and `targte` at line 6 column 3
    /// (the second metric is parsed on its own after the first one's closing brace).
    /// </summary>
    public const string TwoErrors =
        "metric a \"A\" {\n" +
        "  valeu mean(x) over t\n" +
        "}\n" +
        "metric b \"B\" {\n" +
        "  unit \"/5\"\n" +
        "  targte >= 1\n" +
        "}\n";
}
