namespace Enterprise.Eval.Application.Roster;

/// <summary>
/// Text read from a file with every U+FEFF dropped, wherever it is: a file glued from two exports carries a byte
/// order mark in the middle, which would otherwise end up inside the first field of that line. The string path
/// removes them with one Replace; a stream cannot be searched ahead, so they are dropped as they are read.
/// </summary>
internal sealed class ByteOrderMarkFilter(TextReader inner) : TextReader
{
    private const char ByteOrderMark = '\uFEFF';

    public override int Peek()
    {
        while (inner.Peek() == ByteOrderMark) inner.Read();
        return inner.Peek();
    }

    public override int Read()
    {
        int c;
        do c = inner.Read(); while (c == ByteOrderMark);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            var read = inner.Read(buffer);
            if (read == 0) return 0;
            var kept = WithoutMarks(buffer[..read]);
            // A block of nothing but marks is not the end of the text: read on.
            if (kept > 0) return kept;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            if (read == 0) return 0;
            var kept = WithoutMarks(buffer.Span[..read]);
            if (kept > 0) return kept;
        }
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    private static int WithoutMarks(Span<char> chars)
    {
        var first = chars.IndexOf(ByteOrderMark);
        if (first < 0) return chars.Length;
        var kept = first;
        for (var i = first + 1; i < chars.Length; i++)
            if (chars[i] != ByteOrderMark) chars[kept++] = chars[i];
        return kept;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
