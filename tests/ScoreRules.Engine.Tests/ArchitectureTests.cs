using ScoreRules.Engine.Calendars;

namespace ScoreRules.Engine.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Engine_does_not_reference_the_language_assembly()
    {
        // The engine reads only the bound model, never syntax; for now it needs nothing from Language.
        typeof(BusinessCalendar).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name)
            .ShouldNotContain("ScoreRules.Language");
    }
}
