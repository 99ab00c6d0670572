namespace ScoreRules.Cli;

/// <summary>The process exit codes of every <c>scorerules</c> command.</summary>
public static class ExitCodes
{
    /// <summary>0: the command did what was asked and found no problem.</summary>
    public const int Ok = 0;

    /// <summary>
    /// 1: the rule files have errors, or <c>fmt --check</c> found files that are not formatted, or <c>eval</c> /
    /// <c>explain</c> could not compute a result (a rule failed while evaluating, or <c>missing fail</c>).
    /// </summary>
    public const int Problems = 1;

    /// <summary>
    /// 2: the command line was wrong (unknown option, missing argument, bad period) or an input could not be
    /// read or used (missing folder, data file with errors, no policy version for the period, unknown person).
    /// </summary>
    public const int UsageError = 2;
}
