using System.Collections.Concurrent;
using ScoreRules.Testing.Reporting;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Assertions;

/// <summary>
/// Makes each <c>test</c> block of a policy its own test case in an xunit project:
/// <code>
/// public static IEnumerable&lt;object[]&gt; Blocks => PolicyTestData.For("rules");
///
/// [Theory, MemberData(nameof(Blocks))]
/// public void TestBlock(string name) => PolicyTestData.Run(name);
/// </code>
/// A name is <c>FOLDER :: TITLE</c>, e.g. <c>rules/bank-service-desk :: 全部達標的客服得 100 分</c>. Each policy
/// folder is run once per process and its results are kept, so listing and running the cases costs one run.
/// Relative paths are looked up from the working folder and then from its parents.
/// </summary>
public static class PolicyTestData
{
    /// <summary>Between the folder and the title in a test name.</summary>
    public const string Separator = " :: ";

    private static readonly ConcurrentDictionary<string, Lazy<TestRunResult>> Runs = new(StringComparer.Ordinal);

    /// <summary>
    /// One row <c>[name]</c> per test block of every policy folder under <paramref name="path"/>, for
    /// <c>[MemberData]</c>; a folder whose rules have errors gives a row too, so the error is reported.
    /// </summary>
    /// <exception cref="ScorePolicyException">The path is not there or holds no rule files.</exception>
    public static IEnumerable<object[]> For(string path)
    {
        var result = RunOf(path);
        var root = Path.GetFullPath(PathLookup.Find(path));
        foreach (var suite in result.Suites)
        {
            var folder = Named(path, root, suite.Folder);
            if (suite.RuleProblems.Count > 0) yield return [folder + Separator + "(rules check)"];
            foreach (var test in suite.Tests) yield return [folder + Separator + test.Title];
        }
    }

    /// <summary>Runs the test block called <paramref name="name"/> (as <see cref="For"/> names it) and returns its outcome.</summary>
    /// <exception cref="PolicyTestFailedException">The test failed, or its folder's rules have errors; the message says why and where.</exception>
    /// <exception cref="ScorePolicyException">The name is not <c>FOLDER :: TITLE</c> or names no test.</exception>
    public static TestCaseResult Run(string name)
    {
        var split = name.IndexOf(Separator, StringComparison.Ordinal);
        if (split < 0) throw new ScorePolicyException($"`{name}` is not a test name of the form FOLDER{Separator}TITLE");
        var (folder, title) = (name[..split], name[(split + Separator.Length)..]);
        var suite = RunOf(folder).Suites.FirstOrDefault() ?? throw new ScorePolicyException($"{folder} holds no policy");
        if (suite.RuleProblems.Count > 0)
            throw new PolicyTestFailedException($"the rules in {folder} have errors:\n{string.Join("\n", suite.RuleProblems)}");
        var test = suite.Tests.FirstOrDefault(t => t.Title == title)
            ?? throw new ScorePolicyException($"{folder} has no test \"{title}\"; its tests are: {string.Join(", ", suite.Tests.Select(t => $"\"{t.Title}\""))}");
        if (!test.Passed) throw new PolicyTestFailedException($"test \"{test.Title}\" ({test.Location}) failed:\n{FailureText.Of(test)}");
        return test;
    }

    private static TestRunResult RunOf(string path)
    {
        var found = Path.GetFullPath(PathLookup.Find(path));
        var result = Runs.GetOrAdd(found, f => new Lazy<TestRunResult>(() => PolicyTestRunner.Run([f]))).Value;
        if (result.InputErrors.Count > 0) throw new ScorePolicyException(string.Join("\n", result.InputErrors));
        return result;
    }

    // The folder as the caller wrote it: `rules` + `bank-service-desk`, not the absolute path it was found at.
    private static string Named(string given, string root, string folder)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(folder));
        var joined = relative == "." ? given : Path.Combine(given, relative);
        return joined.Replace('\\', '/').TrimEnd('/');
    }
}
