# sizes, native alignment and repeat counts
import struct

for fmt in ['', 'b', 'bh', 'bi', 'bq', 'bd', '@bhiqd', '=bhiqd', '<bhiqd', '>bhiqd',
            'hb', 'ib', '3s', '3sI', '100sI', '97sI', 'bi0i', 'ci', '7xx', '0s1s0H2H',
            ' b  h ', '2e', '<e', '?', '5p']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize('P') == struct.calcsize('n') == struct.calcsize('@l'))
for fmt in ['z', '1', '3', '<P', 'b@', 'O']:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), 'error', e)
