namespace ScoreRules.Language.Checking;

/// <summary>One named step of the checker, run on each policy version in the order of <see cref="CheckPasses"/>.</summary>
internal interface ICheckPass
{
    /// <summary>A short name, e.g. <c>declare-names</c>.</summary>
    string Name { get; }

    /// <summary>Checks the version and adds diagnostics (and facts for later passes) to the context.</summary>
    void Run(CheckContext context);
}

/// <summary>One named step run once per policy set (folder), across its versions.</summary>
internal interface ISetPass
{
    /// <summary>A short name, e.g. <c>versions</c>.</summary>
    string Name { get; }

    /// <summary>Checks the set and adds diagnostics.</summary>
    void Run(PolicySetModel set, List<Diagnostics.Diagnostic> diagnostics);
}
