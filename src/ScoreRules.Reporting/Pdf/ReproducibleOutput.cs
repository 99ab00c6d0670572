using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace ScoreRules.Reporting.Pdf;

/// <summary>
/// Makes PDFsharp's output depend only on the content. PDFsharp 6.2.4 writes, by default, the time of creation in
/// the info dictionary and the XMP metadata, a random file identifier in the trailer, random six-letter subset tags
/// on embedded fonts (<c>ABCDEF+DejaVuSans</c>) and random document and instance UUIDs in the XMP metadata. Before
/// saving, the dates are removed (or set to the given timestamp), the identifier is a hash of the content, and the
/// subset tags are numbered in object order; after saving, the XMP UUIDs (and, without a timestamp, the XMP dates)
/// are overwritten in place with text of the same length, so no byte offset changes.
/// </summary>
internal static class ReproducibleOutput
{
    /// <summary>Sets dates, file identifier and font subset tags before the document is saved.</summary>
    public static void Prepare(PdfDocument document, byte[] contentHash, DateTimeOffset? timestamp)
    {
        if (timestamp is { } time)
        {
            document.Info.CreationDate = time.UtcDateTime;
            document.Info.ModificationDate = time.UtcDateTime;
        }
        else
        {
            document.Info.Elements.Remove("/CreationDate");
            document.Info.Elements.Remove("/ModDate");
        }

        var id = new string(contentHash.Take(16).Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
            {
                continue;
            }

            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var name = dictionary.Elements.GetName(key);
                if (name.Length > 8 && name[7] == '+')
                {
                    var old = name[1..7];
                    if (!tags.TryGetValue(old, out var fresh))
                    {
                        fresh = SubsetTag(contentHash, tags.Count);
                        tags[old] = fresh;
                    }

                    dictionary.Elements.SetName(key, "/" + fresh + name[7..]);
                }
            }
        }
    }

    /// <summary>Overwrites the random parts of the saved XMP metadata.</summary>
    public static void Finish(byte[] pdf, byte[] contentHash, bool keepDates)
    {
        var uuid = new Guid(contentHash.AsSpan(0, 16)).ToString("D");
        Overwrite(pdf, "<xmpMM:DocumentID>uuid:", 36, uuid);
        Overwrite(pdf, "<xmpMM:InstanceID>uuid:", 36, uuid);
        if (!keepDates)
        {
            Blank(pdf, "<xmp:CreateDate>", "</xmp:CreateDate>");
            Blank(pdf, "<xmp:ModifyDate>", "</xmp:ModifyDate>");
        }
    }

    /// <summary>A SHA-256 hash of the given parts, each length-prefixed.</summary>
    public static byte[] Hash(IEnumerable<string?> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part ?? "\0null");
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }

        return sha.GetHashAndReset();
    }

    private static string SubsetTag(byte[] contentHash, int index)
    {
        var bytes = SHA256.HashData([.. contentHash, .. BitConverter.GetBytes(index)]);
        return new string(bytes.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private static void Overwrite(byte[] pdf, string marker, int length, string replacement)
    {
        var at = IndexOf(pdf, Encoding.ASCII.GetBytes(marker), 0);
        if (at >= 0)
        {
            Encoding.ASCII.GetBytes(replacement.PadRight(length)[..length]).CopyTo(pdf, at + marker.Length);
        }
    }

    private static void Blank(byte[] pdf, string open, string close)
    {
        var start = IndexOf(pdf, Encoding.ASCII.GetBytes(open), 0);
        if (start < 0)
        {
            return;
        }

        var end = IndexOf(pdf, Encoding.ASCII.GetBytes(close), start);
        if (end < 0)
        {
            return;
        }

        Array.Fill(pdf, (byte)' ', start, end + close.Length - start);
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from) =>
        haystack.AsSpan(from).IndexOf(needle) is var i and >= 0 ? from + i : -1;
}
