using System.Text;
using System.Xml;
using System.Xml.Linq;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Reporting;

/// <summary>
/// The report for CI systems, in the JUnit XML form they read: <c>testsuites</c> with one <c>testsuite</c> per policy
/// folder and one <c>testcase</c> per test (<c>classname</c> the folder, <c>name</c> the title, <c>file</c> and
/// <c>line</c> where it is declared). A failed test holds a <c>failure</c> whose <c>message</c> is a one-line
/// summary and whose text lists every failure with expected, actual, difference and place. A folder whose rules
/// have errors gets a failed test case <c>rules check</c>. No times are written, so the same run gives the same bytes.
/// </summary>
public static class JUnitTestReport
{
    /// <summary>Writes the report of <paramref name="result"/> as UTF-8 XML (no byte order mark, LF line ends).</summary>
    public static void Write(TestRunResult result, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(stream, settings);
        Document(result).Save(writer);
    }

    /// <summary>The report as a string (for writing to a text writer).</summary>
    public static string ToXml(TestRunResult result)
    {
        using var stream = new MemoryStream();
        Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static XDocument Document(TestRunResult result) => new(new XDeclaration("1.0", "utf-8", null),
        new XElement("testsuites",
            new XAttribute("name", "scorerules test"),
            new XAttribute("tests", result.Suites.Sum(Count)),
            new XAttribute("failures", result.Failed),
            new XAttribute("errors", 0),
            result.Suites.Select(Suite)));

    private static int Count(PolicyTestSuite suite) => suite.Tests.Count + (suite.RuleProblems.Count > 0 ? 1 : 0);

    private static XElement Suite(PolicyTestSuite suite)
    {
        var element = new XElement("testsuite",
            new XAttribute("name", suite.Folder),
            new XAttribute("tests", Count(suite)),
            new XAttribute("failures", suite.Failed),
            new XAttribute("errors", 0),
            new XAttribute("skipped", 0));
        if (suite.RuleProblems.Count > 0)
            element.Add(new XElement("testcase",
                new XAttribute("classname", suite.Folder),
                new XAttribute("name", "rules check"),
                new XElement("failure",
                    new XAttribute("message", "the rules have errors, so the tests cannot run"),
                    new XAttribute("type", "RulesCheck"),
                    string.Join("\n", suite.RuleProblems.Select(p => p.TrimEnd('\n'))))));
        foreach (var test in suite.Tests)
        {
            var (file, line) = Split(test.Location);
            var testcase = new XElement("testcase",
                new XAttribute("classname", suite.Folder),
                new XAttribute("name", test.Title),
                new XAttribute("file", file),
                new XAttribute("line", line));
            if (!test.Passed)
                testcase.Add(new XElement("failure",
                    new XAttribute("message", FailureText.Summary(test)),
                    new XAttribute("type", test.Problems.Count > 0 ? "TestError" : "ExpectationFailed"),
                    FailureText.Of(test)));
            element.Add(testcase);
        }
        return element;
    }

    private static (string File, string Line) Split(string location)
    {
        var parts = location.Split(':');
        return parts.Length >= 3 ? (string.Join(':', parts[..^2]), parts[^2]) : (location, "0");
    }
}
