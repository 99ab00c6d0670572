using ScoreRules.Engine.Display;
using System.Text;
using System.Text.Json;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Reporting;

/// <summary>
/// The report for scripts, as JSON: <c>passed</c>, <c>failed</c>, and per policy folder its <c>ruleProblems</c>,
/// <c>tests</c> (title, location, period, version, passed, problems, expectations with text, location, passed,
/// expected, actual, difference, message) and <c>coverage</c> (exercised, total, percent, and per file its items
/// with kind, name, location and exercised). Property order is fixed, Chinese is written as is, numbers of
/// results are display texts as in the text report.
/// </summary>
public static class JsonTestReport
{
    /// <summary>Writes the report of <paramref name="result"/> as indented UTF-8 JSON (LF line ends).</summary>
    public static void Write(TestRunResult result, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteNumber("passed", result.Passed);
        json.WriteNumber("failed", result.Failed);
        json.WriteStartArray("suites");
        foreach (var suite in result.Suites)
        {
            json.WriteStartObject();
            json.WriteString("folder", suite.Folder);
            json.WriteString("policy", suite.Policy);
            json.WriteNumber("passed", suite.Passed);
            json.WriteNumber("failed", suite.Failed);
            Strings(json, "ruleProblems", suite.RuleProblems.Select(p => p.TrimEnd('\n')));
            json.WriteStartArray("tests");
            foreach (var test in suite.Tests) Test(json, test);
            json.WriteEndArray();
            Coverage(json, suite);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The report as a string.</summary>
    public static string ToJson(TestRunResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Test(Utf8JsonWriter json, TestCaseResult test)
    {
        json.WriteStartObject();
        json.WriteString("title", test.Title);
        json.WriteString("location", test.Location);
        json.WriteString("period", test.Period);
        json.WriteString("version", test.Version);
        json.WriteBoolean("passed", test.Passed);
        Strings(json, "problems", test.Problems.Select(p => p.ToString()));
        json.WriteStartArray("expectations");
        foreach (var e in test.Expectations)
        {
            json.WriteStartObject();
            json.WriteString("text", e.Text);
            json.WriteString("location", e.Location);
            json.WriteBoolean("passed", e.Passed);
            json.WriteString("expected", e.Expected);
            json.WriteString("actual", e.Actual);
            json.WriteString("difference", e.Difference);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Coverage(Utf8JsonWriter json, PolicyTestSuite suite)
    {
        json.WriteStartObject("coverage");
        json.WriteNumber("exercised", suite.Coverage.Exercised);
        json.WriteNumber("total", suite.Coverage.Total);
        json.WriteNumber("percent", Math.Round(suite.Coverage.Percent, 2, MidpointRounding.AwayFromZero));
        json.WriteStartArray("files");
        foreach (var file in suite.Coverage.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteNumber("exercised", file.Exercised);
            json.WriteNumber("total", file.Items.Count);
            json.WriteNumber("percent", Math.Round(file.Percent, 2, MidpointRounding.AwayFromZero));
            json.WriteStartArray("items");
            foreach (var item in file.Items)
            {
                json.WriteStartObject();
                json.WriteString("kind", item.Kind.ToString());
                json.WriteString("name", item.Name);
                json.WriteString("location", item.Location);
                json.WriteBoolean("exercised", item.Exercised);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
