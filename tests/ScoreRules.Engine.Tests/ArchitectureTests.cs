using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ScoreRules.Engine.Calendars;

namespace ScoreRules.Engine.Tests;

public class ArchitectureTests
{
    // The operator enums are shared vocabulary of syntax and model; no syntax node may reach the engine.
    private static readonly string[] AllowedSyntaxTypes = ["CompareOp", "CompareOpExtensions", "BinaryOperator", "BinaryOperatorExtensions", "UnaryOperator"];

    [Fact]
    public void Engine_reads_only_the_bound_model_never_syntax_nodes()
    {
        using var stream = File.OpenRead(typeof(BusinessCalendar).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var syntaxTypes = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Where(t => metadata.GetString(t.Namespace) == "ScoreRules.Language.Syntax")
            .Select(t => metadata.GetString(t.Name))
            .Distinct()
            .ToList();
        syntaxTypes.ShouldNotBeEmpty("the engine uses the shared operator enums, so the check must see them");
        syntaxTypes.Except(AllowedSyntaxTypes).ShouldBeEmpty();
    }
}
