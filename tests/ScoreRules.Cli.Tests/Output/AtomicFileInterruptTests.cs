using System.Runtime.InteropServices;
using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Tests.Output;

/// <summary>Ctrl-C (SIGINT) or a kill (SIGTERM) while <c>--out FILE</c> is written leaves the old file and nothing else.</summary>
[Collection(SignalCollection.Name)]
public sealed class AtomicFileInterruptTests
{
    [UnixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_while_the_file_is_written_deletes_the_temporary_file_and_keeps_the_old_one(string signal)
    {
        using var folder = new TempFolder();
        var file = folder.Write("r.json", "old");
        using var handled = new ManualResetEventSlim();
        // Registered before the writer's own handler, so it runs after it (the latest registration runs first), and
        // cancels what the signal would do next: end the test process.
        using var keepAlive = PosixSignalRegistration.Create(signal == "INT" ? PosixSignal.SIGINT : PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            handled.Set();
        });

        var written = AtomicFile.TryWrite(file, stream =>
        {
            stream.Write("{ \"people\": ["u8);
            stream.Flush();
            var temporary = Directory.GetFiles(folder.Path, ".r.json.*.tmp").ShouldHaveSingleItem();
            Shell.Run($"kill -s {signal} {Environment.ProcessId}").ShouldBe(0);
            // The writer's handler deletes the file being written as soon as it runs, while it is still being written.
            SpinWait.SpinUntil(() => !File.Exists(temporary), TimeSpan.FromSeconds(10)).ShouldBeTrue();
            stream.Write("] }"u8);
        }, TextWriter.Null);

        written.ShouldBeFalse();
        handled.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue();
        Directory.GetFiles(folder.Path).ShouldBe([file]);
        File.ReadAllText(file).ShouldBe("old");
    }
}
