using ScoreRules.Testing.Assertions;

namespace ScoreRules.Testing.Tests.Examples;

/// <summary>
/// How an organisation runs its policies' own test blocks from xunit: every `test` block of every policy in
/// rules/ is one case of this theory, named "FOLDER :: TITLE".
/// </summary>
public class PolicyTestBlocks
{
    public static IEnumerable<object[]> Blocks => PolicyTestData.For("rules");

    [Theory]
    [MemberData(nameof(Blocks))]
    public void TestBlockPasses(string name) => PolicyTestData.Run(name).Passed.ShouldBeTrue();

    [Fact]
    public void EveryShippedPolicyHasTestBlocks()
    {
        var folders = Blocks.Select(b => ((string)b[0]).Split(PolicyTestData.Separator)[0]).Distinct().Order().ToList();
        folders.ShouldBe(["rules/acme-helpdesk", "rules/bank-service-desk"]);
    }
}
