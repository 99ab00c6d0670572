using System.CommandLine;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// The arguments <c>eval</c> and <c>explain</c> share: <c>RULES --data DIR --period P [--person ID]
/// [--warnaserror] [--allow-csharp]</c>.
/// </summary>
internal sealed class EvaluationOptions
{
    /// <summary>Creates the options; <paramref name="personRequired"/> makes <c>--person</c> mandatory.</summary>
    public EvaluationOptions(bool personRequired, string personDescription)
    {
        Rules = new Argument<string>("RULES")
        {
            Description = "The policy folder (all its .score files form one policy) or a single .score file.",
        };
        Rules.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"unknown option '{token.Value}'");
        });
        Data = new Option<string>("--data")
        {
            Description = "The folder with the data files the policy's sources name (tickets.csv, surveys.csv, …).",
            Required = true,
            HelpName = "DIR",
        };
        Period = new Option<string>("--period")
        {
            Description = "The appraisal period: a month 2026-03, a quarter 2026-Q1, an ISO week 2026-W09 or a year 2026.",
            Required = true,
            HelpName = "PERIOD",
        };
        Person = new Option<string?>("--person")
        {
            Description = personDescription,
            Required = personRequired,
            HelpName = "ID",
        };
        WarnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings in the rule files as errors, so that the command stops on them.",
        };
        AllowCSharp = new Option<bool>("--allow-csharp")
        {
            Description = "Run the policy's C# formulas (value csharp \"…\", score csharp \"…\"); without it, their metrics get the error status.",
        };
    }

    /// <summary>The RULES argument.</summary>
    public Argument<string> Rules { get; }

    /// <summary><c>--data DIR</c>.</summary>
    public Option<string> Data { get; }

    /// <summary><c>--period P</c>.</summary>
    public Option<string> Period { get; }

    /// <summary><c>--person ID</c>.</summary>
    public Option<string?> Person { get; }

    /// <summary><c>--warnaserror</c>.</summary>
    public Option<bool> WarnAsError { get; }

    /// <summary><c>--allow-csharp</c>.</summary>
    public Option<bool> AllowCSharp { get; }

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Rules);
        command.Options.Add(Data);
        command.Options.Add(Period);
        command.Options.Add(Person);
        command.Options.Add(WarnAsError);
        command.Options.Add(AllowCSharp);
    }

    /// <summary>The values given on the command line.</summary>
    public EvaluationRequest Read(ParseResult parseResult) => new(
        parseResult.GetValue(Rules) ?? "",
        parseResult.GetValue(Data) ?? "",
        parseResult.GetValue(Period) ?? "",
        parseResult.GetValue(Person),
        parseResult.GetValue(WarnAsError),
        parseResult.GetValue(AllowCSharp));
}
