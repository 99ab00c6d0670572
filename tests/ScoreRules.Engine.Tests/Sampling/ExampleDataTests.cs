using System.Text.RegularExpressions;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>The shipped examples (examples/*/data): they load cleanly, are exactly what regenerate.sh writes, and their README lists their edge cases.</summary>
public partial class ExampleDataTests
{
    private static string Example(string policy) => Path.Combine(ShippedPolicies.RepoRoot(), "examples", policy);

    [Theory]
    [InlineData(ShippedPolicies.Bank)]
    [InlineData(ShippedPolicies.Acme)]
    public void The_example_data_loads_with_every_version_without_any_message(string policy)
    {
        foreach (var version in ShippedPolicies.Versions(policy))
        {
            var load = DataSetLoader.Load(version, Path.Combine(Example(policy), "data"), ShippedPolicies.Zone(version));

            load.Failed.ShouldBeFalse();
            load.Diagnostics.Where(d => !LoadingChecks.IsHeadOfServiceRows(d)).ShouldBeEmpty();
            load.Tables.Count.ShouldBe(DataSetLoader.SourcesUsed(version).Count);
        }
    }

    [Theory]
    [InlineData(ShippedPolicies.Bank)]
    [InlineData(ShippedPolicies.Acme)]
    public void The_example_data_is_exactly_what_its_regenerate_command_writes(string policy)
    {
        using var folder = new TempFolder();

        SampleWriter.Write(SampleGenerator.Generate(ShippedPolicies.Versions(policy), ShippedPolicies.ExampleOptions(policy)), folder.Path);

        DeterminismTests.Files(folder.Path).ShouldBe(DeterminismTests.Files(Path.Combine(Example(policy), "data")));
    }

    [Theory]
    [InlineData(ShippedPolicies.Bank)]
    [InlineData(ShippedPolicies.Acme)]
    public void Regenerate_sh_and_the_readme_use_the_options_the_tests_use(string policy)
    {
        var options = ShippedPolicies.ExampleOptions(policy);
        var expected = $"--rules rules/{policy} --people {options.People} --tickets {options.TicketsPerMonth} --months {options.Months} " +
            $"--start {options.Start.Year:0000}-{options.Start.Month:00} --seed {options.Seed} --out examples/{policy}/data";

        Spaces().Replace(File.ReadAllText(Path.Combine(Example(policy), "regenerate.sh")).Replace("\\\n", " "), " ").ShouldContain(expected);
        File.ReadAllText(Path.Combine(Example(policy), "README.md")).ShouldContain(expected);
    }

    [Theory]
    [InlineData(ShippedPolicies.Bank)]
    [InlineData(ShippedPolicies.Acme)]
    public void The_readme_lists_every_edge_case_of_the_data(string policy)
    {
        var readme = File.ReadAllText(Path.Combine(Example(policy), "README.md"));
        var data = SampleGenerator.Generate(ShippedPolicies.Versions(policy), ShippedPolicies.ExampleOptions(policy));

        data.Notes.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var note in data.Notes) readme.ShouldContain("- " + note);
    }

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();
}
