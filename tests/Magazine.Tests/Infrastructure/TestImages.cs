using System.Buffers.Binary;
using System.IO.Compression;
using NetVips;

namespace Magazine.Tests.Infrastructure;

public static class TestImages
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The first bytes of a JPEG, padded to <paramref name="length"/>: enough for type detection, which reads bytes, not names.</summary>
    public static byte[] JpegOfLength(long length)
    {
        var bytes = new byte[length];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[3] = 0xE0;
        return bytes;
    }

    /// <summary>
    /// A real JPEG of a gradient with a white block in its top-left quarter, so a test can tell
    /// which way up a processed copy is. <paramref name="seed"/> makes each one's bytes its own.
    /// </summary>
    public static byte[] Jpeg(int width, int height, int seed = 0)
    {
        using var xyz = Image.Xyz(width, height);
        using var red = xyz[0] * (200.0 / width);
        using var green = xyz[1] * (200.0 / height);
        using var blue = red * 0 + (seed % 200 + 30);
        using var joined = red.Bandjoin(green, blue).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        using var marked = joined.Mutate(m => m.DrawRect([255.0, 255.0, 255.0], 0, 0, width / 2, height / 2, fill: true));
        return marked.JpegsaveBuffer(q: 85);
    }

    /// <summary>
    /// The acceptance photo: a 4000×3000 phone JPEG taken on its side (EXIF orientation 6),
    /// carrying a GPS position, the camera's serial number, XMP, IPTC and a comment. Needs exiftool.
    /// </summary>
    public static void WritePhonePhoto(string path, string serial, int seed = 11)
    {
        File.WriteAllBytes(path, Jpeg(4000, 3000, seed));
        ExifTool.Run("-overwrite_original", "-Make=PhoneMaker", "-Model=Phone 12", "-SerialNumber=" + serial, "-BodySerialNumber=" + serial,
            "-GPSLatitude=36.2021", "-GPSLatitudeRef=N", "-GPSLongitude=37.1343", "-GPSLongitudeRef=E",
            "-Orientation#=6", "-XMP-dc:Creator=Field reporter", "-IPTC:By-line=Field reporter", "-Comment=taken at the safe house", path);
    }

    private static int next = Random.Shared.Next(1_000_000);

    /// <summary>A small real PNG whose bytes no other call returns: uploads are one record per content.</summary>
    public static byte[] UniquePng()
    {
        var n = Interlocked.Increment(ref next);
        using var pixels = Image.Black(3, 2, bands: 3) + new double[] { n % 251, n / 251 % 251, n / 63001 % 251 };
        return pixels.Cast(Enums.BandFormat.Uchar).PngsaveBuffer();
    }

    /// <summary>A real JPEG padded after its end marker to exactly <paramref name="length"/> bytes, as some cameras write them.</summary>
    public static byte[] RealJpegOfLength(long length)
    {
        var jpeg = Jpeg(64, 48, seed: (int)(length % 97));
        var bytes = new byte[length];
        jpeg.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The first half of a real JPEG: what an interrupted transfer leaves.</summary>
    public static byte[] TruncatedJpeg()
    {
        var whole = Jpeg(800, 600, seed: 7);
        return whole[..(whole.Length / 2)];
    }

    /// <summary>
    /// A valid 40,000 × 40,000 greyscale PNG of about 1.6 MB that would take 1.6 GB to decode.
    /// Built from one compressed run of zero rows repeated: a deflate stream started fresh and
    /// ended on a flush refers only to itself, so copies of it can follow each other.
    /// </summary>
    public static byte[] PngBomb(int side = 40_000)
    {
        const int rowsPerChunk = 1_000;
        var row = side + 1; // each row starts with its filter byte
        var chunk = new MemoryStream();
        var deflate = new DeflateStream(chunk, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(new byte[(long)row * rowsPerChunk]);
        deflate.Flush();
        var repeated = chunk.ToArray();

        var zlib = new MemoryStream();
        zlib.Write([0x78, 0xDA]);
        for (var rows = 0; rows < side; rows += rowsPerChunk)
        {
            zlib.Write(repeated);
        }
        zlib.Write([0x03, 0x00]); // an empty final block
        var total = (long)row * side;
        var adler = (uint)((total % 65521) << 16 | 1); // Adler-32 of zeros: a stays 1, b counts bytes
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, adler);
        zlib.Write(checksum);

        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], side);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", zlib.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed.AsSpan(4));
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
