using System;
using System.IO;

namespace BudgetPerformance.Cli.Tests;

/// <summary>A read-only stream that never ends: <paramref name="head"/>, then <paramref name="fill"/> for ever. Counts what it delivered.</summary>
internal sealed class EndlessStream(byte[] head, byte fill) : Stream
{
    public long Delivered { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Delivered; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            buffer[offset + i] = Delivered + i < head.Length ? head[Delivered + i] : fill;
        }

        Delivered += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
