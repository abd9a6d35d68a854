using System;

namespace BudgetPerformance.Json.Reading;

/// <content>
/// Finding where the pending unit ends without reading it again on every read of the stream. A unit is read only once it
/// is whole in the buffer; until then a look-ahead goes through the new bytes only, keeping its place between reads (the
/// nesting, whether it is inside a string, ...), so each byte is examined once by the look-ahead and once by the unit's
/// reader, however small the reads. (Before, the unit's reader started again from the unit's first byte after every read,
/// and a JSON reader cannot keep its place inside a token or after a trailing comma: 32 MiB of blanks took 0.16 s read
/// whole, 8.4 s in 64 KB reads and 133 s in 4 KB reads; now about 0.6 s each, every byte examined twice.) The look-ahead
/// only finds the end of a well-formed unit and checks nothing: at a byte no JSON has outside a string it hands over at
/// once, and the unit's reader reports what is malformed as before; an unbalanced container waits for the end of the
/// input or the size limit, as it did.
/// </content>
internal sealed partial class PortfolioStreamReader
{
    private long origin;           // the stream offset of buffer[0]: the buffer's first bytes are dropped as units are read
    private long scanUnit = -1;    // the stream offset of the unit the look-ahead belongs to, -1 for none
    private Phase scanPhase;
    private int scanned;           // bytes of the unit the look-ahead has passed
    private int scanDepth;         // containers opened and not closed since the unit began
    private bool scanInString;
    private bool scanEscaped;
    private bool scanInScalar;     // inside a number or literal at the unit's own level
    private int scanNameStart;     // where the unit's property name began (a root property), -1 before it
    private bool scanNamed;        // the unit's property name is complete
    private bool scanEvaluations;  // ... and it is the first "evaluations", whose unit ends at the start of its value
    private bool scanComplete;
    private bool lookingAhead;     // the last step waited for the look-ahead (not for the unit's own reader)

    /// <summary>Bytes examined so far (a test hook): by the look-ahead and by the units' readers. Linear in the input.</summary>
    internal long BytesExamined { get; private set; }

    // Whether the pending unit is whole in the buffer (or the look-ahead cannot tell, when the unit's own reader decides).
    private bool UnitAvailable()
    {
        lookingAhead = false;
        if (final || phase is Phase.Done)
        {
            return true;
        }

        if (scanUnit != origin + start || scanPhase != phase)
        {
            scanUnit = origin + start;
            scanPhase = phase;
            scanned = 0;
            scanDepth = 0;
            scanInString = scanEscaped = scanInScalar = scanNamed = scanEvaluations = scanComplete = false;
            scanNameStart = -1;
        }

        if (scanComplete)
        {
            return true;
        }

        var unit = buffer.AsSpan(start, end - start);
        for (var p = scanned; p < unit.Length; p++)
        {
            if (Ends(unit, p))
            {
                BytesExamined += p + 1 - scanned;
                scanComplete = true;
                return true;
            }
        }

        BytesExamined += unit.Length - scanned;
        scanned = unit.Length;
        lookingAhead = true;
        return false;
    }

    // Takes the byte at p; true when the unit is complete with it (or, after a scalar, just before it).
    private bool Ends(ReadOnlySpan<byte> unit, int p)
    {
        var b = unit[p];
        if (scanInString)
        {
            if (scanEscaped)
            {
                scanEscaped = false;
            }
            else if (b == (byte)'\\')
            {
                scanEscaped = true;
            }
            else if (b == (byte)'"')
            {
                scanInString = false;
                if (scanDepth == 0 && phase == Phase.Root && !scanNamed)
                {
                    scanNamed = true;
                    scanEvaluations = !seen.Contains("evaluations") && unit[scanNameStart..(p + 1)].SequenceEqual("\"evaluations\""u8);
                    return false;
                }

                return scanDepth == 0;
            }

            return false;
        }

        var blank = b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
        if (scanInScalar)
        {
            return blank || b is (byte)',' or (byte)'}' or (byte)']';
        }

        if (blank || b is (byte)',' or (byte)':')
        {
            return false;
        }

        if (phase == Phase.Start)
        {
            return true;
        }

        switch (b)
        {
            case (byte)'"':
                scanInString = true;
                if (scanDepth == 0 && phase == Phase.Root && !scanNamed)
                {
                    scanNameStart = p;
                }

                return false;
            case (byte)'{' or (byte)'[':
                scanDepth++;
                return scanEvaluations && scanDepth == 1;
            case (byte)'}' or (byte)']':
                scanDepth--;
                return scanDepth <= 0;
            case (byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9') or (byte)'e' or (byte)'E'
                or (byte)'t' or (byte)'r' or (byte)'u' or (byte)'f' or (byte)'a' or (byte)'l' or (byte)'s' or (byte)'n':
                scanInScalar = scanDepth == 0;
                return false;
            default:
                // No JSON has this byte outside a string: the unit's reader reports it now, as it did, rather than
                // after the rest of the unit (or the size limit) has arrived.
                return true;
        }
    }
}
