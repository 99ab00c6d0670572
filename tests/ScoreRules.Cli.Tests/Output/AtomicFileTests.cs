using System.Text;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Display;

namespace ScoreRules.Cli.Tests.Output;

public sealed class AtomicFileTests
{
    // Text long enough that a StringWriter holds it in many chunks, with Chinese characters (3 UTF-8
    // bytes each) falling on chunk edges somewhere.
    private static string LongText() =>
        string.Concat(Enumerable.Range(0, 20_000).Select(i => $"A{i:D5},客戶滿意度 CSAT,{i % 5 + 1}\n"));

    [Fact]
    public void Text_gathered_in_a_string_writer_is_written_as_the_utf8_bytes_of_the_whole_string()
    {
        using var folder = new TempFolder();
        var text = LongText();
        var writer = new StringWriter();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries)) writer.Write(line + "\n");
        var chunks = 0;
        foreach (var _ in writer.GetStringBuilder().GetChunks()) chunks++;
        chunks.ShouldBeGreaterThan(1);
        var file = Path.Combine(folder.Path, "out.csv");

        AtomicFile.TryWrite(file, writer, TextWriter.Null, byteOrderMark: true).ShouldBeTrue();

        // The second method: one string, encoded at once, after the three bytes EF BB BF of the mark.
        File.ReadAllBytes(file).ShouldBe([0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(text)]);
        Directory.GetFiles(folder.Path).Length.ShouldBe(1);
    }

    [Fact]
    public void A_folder_in_the_way_leaves_no_temporary_file_and_says_so()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "out.json"));
        var stderr = new StringWriter();

        AtomicFile.TryWrite(Path.Combine(folder.Path, "out.json"), new StringWriter(), stderr).ShouldBeFalse();

        stderr.ToString().ShouldContain("is a folder; give a file name");
        Directory.GetFiles(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Output_that_fails_half_way_leaves_the_old_file_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "out.json");
        File.WriteAllText(file, "old");

        Should.Throw<InvalidOperationException>(() => AtomicFile.TryWrite(file, stream =>
        {
            stream.Write("{ \"people\": ["u8);
            throw new InvalidOperationException("failed while writing");
        }, TextWriter.Null));

        File.ReadAllText(file).ShouldBe("old");
        Directory.GetFiles(folder.Path).ShouldBe([file]);
    }

    [Fact]
    public void A_large_json_document_is_decoded_piece_by_piece_into_the_same_text()
    {
        var text = LongText();
        var output = new StringWriter();

        JsonOutput.Write(output, json => json.WriteStringValue(text));

        // The second method: the document is one JSON string; reading it back gives the text, and the
        // output ends with the final newline.
        var written = output.ToString();
        written[^1].ShouldBe('\n');
        System.Text.Json.JsonSerializer.Deserialize<string>(written).ShouldBe(text);
    }
}
