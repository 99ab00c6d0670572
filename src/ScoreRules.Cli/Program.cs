using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using ScoreRules.Cli.Commands;

namespace ScoreRules.Cli;

/// <summary>The <c>scorerules</c> command: entry point and the in-process runner the tests use.</summary>
public static class Program
{
    /// <summary>Process entry point: runs <see cref="Run"/> on the console with UTF-8 output.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        try
        {
            return Run(args, Console.Out, Console.Error);
        }
        catch (Exception e)
        {
            // Last line of defence only: Run reports expected input problems itself. Tests call Run,
            // so a bug still surfaces there as an exception.
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command they name, writing normal output to
    /// <paramref name="stdout"/> and errors to <paramref name="stderr"/>. A command-line mistake
    /// (unknown option, missing path argument, bad <c>--format</c> value) prints <c>error: …</c> and
    /// returns <see cref="ExitCodes.UsageError"/>.
    /// </summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where reports, diffs, help and the version go.</param>
    /// <param name="stderr">Where <c>error: …</c> lines go.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    /// <exception cref="Exception">Only on a bug in scorerules itself; <see cref="Main"/> catches it.</exception>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = CreateRootCommand();
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in Reported(parseResult))
                stderr.Write($"error: {Plain(error)}\n");
            var command = string.Join(' ', CommandPath(parseResult.CommandResult.Command, root));
            stderr.Write($"Run '{command} --help' to see what it accepts.\n");
            return ExitCodes.UsageError;
        }
        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        });
    }

    /// <summary>The root command with every subcommand; <c>--help</c> and <c>--version</c> come with it.</summary>
    internal static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Check, format and evaluate IT service-desk appraisal rules (.score files).")
        {
            CheckCommand.Create(),
            FmtCommand.Create(),
            EvalCommand.Create(),
            ExplainCommand.Create(),
            TestCommand.Create(),
            DiffCommand.Create(),
            ReportCommand.Create(),
            SampleCommand.Create(),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Action = new PrintVersionAction();
        return root;
    }

    /// <summary>
    /// The parse errors to show. An unknown word where a command was expected gives two errors ("required
    /// command was not provided" and "unrecognized command 'x'"); only the one naming the word is shown.
    /// </summary>
    private static IEnumerable<System.CommandLine.Parsing.ParseError> Reported(ParseResult parseResult)
    {
        var unmatched = parseResult.UnmatchedTokens;
        if (unmatched.Count == 0 || parseResult.Errors.Count < 2) return parseResult.Errors;
        var naming = parseResult.Errors.Where(e => unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))).ToList();
        return naming.Count > 0 ? naming : parseResult.Errors;
    }

    /// <summary>
    /// The message of <paramref name="error"/> in the users' words where the library's own would puzzle them: an option
    /// that takes one value given twice says so and names the values (<c>--format was given 2 times (yaml, csv); give
    /// it once</c>).
    /// </summary>
    private static string Plain(System.CommandLine.Parsing.ParseError error)
    {
        var option = error.SymbolResult switch
        {
            System.CommandLine.Parsing.OptionResult o => o,
            System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult o } => o,
            _ => null,
        };
        if (option is { Option.Arity.MaximumNumberOfValues: 1, Tokens.Count: > 1 })
        {
            var values = string.Join(", ", option.Tokens.Select(t => t.Value));
            return $"{option.Option.Name} was given {option.Tokens.Count} times ({values}); give it once";
        }
        return error.Message;
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null && c != root; c = c.Parents.OfType<Command>().FirstOrDefault())
            names.Insert(0, c.Name);
        names.Insert(0, "scorerules");
        return names;
    }
}
