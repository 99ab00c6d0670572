using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Pdf;
using UglyToad.PdfPig;

namespace ScoreRules.Reporting.Tests;

public class TrueTypeCollectionTests
{
    private static readonly byte[] Cmap = [1, 2, 3, 4, 5];
    private static readonly byte[] Glyf = [9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly byte[] Head = [0xAA, 0xBB, 0xCC];

    /// <summary>
    /// A collection of two faces written out by hand: face 0 has cmap and glyf, face 1 has cmap (shared with face 0)
    /// and head. Layout: 'ttcf' header (20 bytes), face 0's directory at 20 (12 + 2*16 = 44 bytes), face 1's at 64,
    /// then the tables: cmap at 108 (5 bytes, padded to 116), glyf at 116, head at 124.
    /// </summary>
    private static byte[] TwoFaceCollection()
    {
        var data = new byte[127];
        void U32(int at, uint v) { data[at] = (byte)(v >> 24); data[at + 1] = (byte)(v >> 16); data[at + 2] = (byte)(v >> 8); data[at + 3] = (byte)v; }
        void U16(int at, int v) { data[at] = (byte)(v >> 8); data[at + 1] = (byte)v; }
        void Record(int at, string tag, uint checksum, int offset, int length)
        {
            for (var i = 0; i < 4; i++) data[at + i] = (byte)tag[i];
            U32(at + 4, checksum); U32(at + 8, (uint)offset); U32(at + 12, (uint)length);
        }

        U32(0, 0x74746366); U32(4, 0x00010000); U32(8, 2); U32(12, 20); U32(16, 64);
        U32(20, 0x00010000); U16(24, 2); Record(32, "cmap", 0x11, 108, 5); Record(48, "glyf", 0x22, 116, 8);
        U32(64, 0x00010000); U16(68, 2); Record(76, "cmap", 0x11, 108, 5); Record(92, "head", 0x33, 124, 3);
        Cmap.CopyTo(data, 108); Glyf.CopyTo(data, 116); Head.CopyTo(data, 124);
        return data;
    }

    [Fact]
    public void A_face_is_rebuilt_as_a_standalone_font_with_its_own_offsets()
    {
        var face = TrueTypeCollection.ExtractFace(TwoFaceCollection(), 1);

        // Header 12 + 2 records of 16 = 44; cmap at 44 (5 bytes, padded to 8), head at 52 (3 bytes, padded to 4).
        face.Length.ShouldBe(56);
        var directory = SfntDirectory.Read(face, 0);
        directory.Version.ShouldBe(0x00010000u);
        directory.Tables.ShouldBe([new SfntTable("cmap", 0x11, 44, 5), new SfntTable("head", 0x33, 52, 3)]);
        face.AsSpan(44, 5).ToArray().ShouldBe(Cmap);
        face.AsSpan(52, 3).ToArray().ShouldBe(Head);
        // searchRange = 2^floor(log2 2) * 16 = 32, entrySelector = 1, rangeShift = 2*16 - 32 = 0.
        face.AsSpan(6, 6).ToArray().ShouldBe(new byte[] { 0, 32, 0, 1, 0, 0 });
    }

    [Fact]
    public void Faces_are_counted_and_a_missing_face_is_refused()
    {
        var data = TwoFaceCollection();
        TrueTypeCollection.FaceCount(data).ShouldBe(2);
        Should.Throw<ArgumentOutOfRangeException>(() => TrueTypeCollection.ExtractFace(data, 2));
    }

    [Fact]
    public void WenQuanYi_face_0_comes_out_whole_with_every_table_unchanged()
    {
        var collection = File.ReadAllBytes(FontPaths.WenQuanYiZenHei);
        TrueTypeCollection.FaceCount(collection).ShouldBe(3);
        var original = SfntDirectory.Read(collection, TrueTypeCollection.FaceOffset(collection, 0));

        var face = TrueTypeCollection.ExtractFace(collection, 0);

        var rebuilt = SfntDirectory.Read(face, 0);
        rebuilt.HasTrueTypeOutlines.ShouldBeTrue();
        rebuilt.Tables.Select(t => t.Tag).ShouldBe(original.Tables.Select(t => t.Tag));
        foreach (var (before, after) in original.Tables.Zip(rebuilt.Tables))
        {
            (after.Offset % 4).ShouldBe(0);
            face.AsSpan(after.Offset, after.Length).SequenceEqual(collection.AsSpan(before.Offset, before.Length)).ShouldBeTrue(before.Tag);
        }
    }

    [Fact]
    public void The_extracted_face_loads_in_PDFsharp_and_renders_Chinese()
    {
        var pdf = MarkdownPdfRenderer.Render("中文", new PdfOptions { FontPath = FontPaths.WenQuanYiZenHei });

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters.Where(l => l.Value is "中" or "文").ToList();
        string.Concat(letters.Select(l => l.Value)).ShouldBe("中文");
        letters.ShouldAllBe(l => l.FontName != null && l.FontName.Contains("WenQuanYi", StringComparison.Ordinal));
    }
}
