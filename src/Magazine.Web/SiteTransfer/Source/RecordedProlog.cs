using System.Text;

namespace Magazine.Web.SiteTransfer.Source;

/// <summary>
/// A read-only pass-through over an export that keeps its first bytes: the XML reader refuses
/// a DTD without saying where it stands, so the place is found here, in the prolog where any
/// <c>&lt;!DOCTYPE</c> must be.
/// </summary>
internal sealed class RecordedProlog(Stream inner) : Stream
{
    private const int Kept = 64 * 1024;
    private readonly MemoryStream _prolog = new();

    /// <summary>Line and position (from 1) of the document type declaration, if the prolog has one.</summary>
    public (int Line, int Position)? DoctypePlace()
    {
        _prolog.Position = 0;
        using var reader = new StreamReader(_prolog, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return (text.AsSpan(0, at).Count('\n') + 1, at - lineStart + 1);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Keep(buffer.AsSpan(offset, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Keep(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        var room = Kept - (int)_prolog.Length;
        if (room > 0)
        {
            _prolog.Write(bytes[..Math.Min(room, bytes.Length)]);
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
