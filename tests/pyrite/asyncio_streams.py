# MicroPython's streams (asyncio.Stream, StreamReader, StreamWriter) over
# micropython.RingIO and over a user object whose read/write return None
# or a short count when they would block.
import asyncio
import micropython

print(asyncio.StreamReader is asyncio.Stream, asyncio.StreamWriter is asyncio.Stream)


async def ring_pipe():
    ring = micropython.RingIO(8)
    stream = asyncio.Stream(ring)

    async def producer():
        stream.write(b"hello\nworld\n")
        await stream.drain()
        stream.write(b"0123456789abcdef")
        await stream.drain()
        print("producer drained")

    task = asyncio.create_task(producer())
    print(await stream.readline())
    print(await stream.readline())
    print(await stream.readexactly(10))
    print(await stream.read(3))
    buf = bytearray(3)
    n = await stream.readinto(buf)
    print(n, bytes(buf[:n]))
    await task


asyncio.run(ring_pipe())


class Trickle:
    # Gives at most 2 bytes per read and takes at most 3 per write,
    # with a "would block" (None) between each.
    def __init__(self, data):
        self.data = data
        self.written = b""
        self.ready = False
        self.closed = False

    def _turn(self):
        self.ready = not self.ready
        return self.ready

    def read(self, n=-1):
        if not self._turn():
            return None
        if n < 0:
            n = 2
        piece, self.data = self.data[: min(n, 2)], self.data[min(n, 2) :]
        return piece

    def readline(self):
        if not self._turn():
            return None
        end = self.data.find(b"\n")
        n = min(2, len(self.data) if end < 0 else end + 1)
        piece, self.data = self.data[:n], self.data[n:]
        return piece

    def write(self, buf):
        if not self._turn():
            return None
        self.written += bytes(buf[:3])
        return min(3, len(buf))

    def close(self):
        self.closed = True


async def trickle():
    source = Trickle(b"line one\nrest")
    reader = asyncio.StreamReader(source)
    print(await reader.readline())
    print(await reader.read())
    print(await reader.read(5))
    try:
        await reader.readexactly(4)
    except EOFError as e:
        print(type(e).__name__, isinstance(e, asyncio.IncompleteReadError), e.partial, e.expected)

    sink = Trickle(b"")
    writer = asyncio.StreamWriter(sink, {"peername": "sink"})
    writer.write(b"abcdefgh")
    writer.write(memoryview(b"ijk"))
    await writer.drain()
    print(sink.written, writer.get_extra_info("peername"))
    await writer.awrite(b"0123456", 2, 3)
    print(sink.written)
    writer.close()
    await writer.wait_closed()
    print("closed", sink.closed)


asyncio.run(trickle())


# A reader waiting for data does not hold up other tasks.
async def concurrent():
    ring = micropython.RingIO(16)
    stream = asyncio.Stream(ring)

    async def reader():
        print("read", await stream.readexactly(4))

    async def ticker():
        for i in range(3):
            print("tick", i)
            await asyncio.sleep_ms(1)
        ring.write(b"data")

    await asyncio.gather(reader(), ticker())


asyncio.run(concurrent())
