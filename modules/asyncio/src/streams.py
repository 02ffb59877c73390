# MicroPython's streams: Stream(s) (also StreamReader and StreamWriter)
# wraps any object with non-blocking read/readinto/readline/write, which
# return None, or write a short count, when they would block.
#
# Without a poll mechanism, a read or write that would block parks the
# task for one loop turn and tries again (events.py). An object with an
# any() method (micropython.RingIO) is asked first, so a read never runs
# while no byte is waiting; for other objects a read that returns None
# means "not yet" and b"" means the end of the stream.


class Stream:
    def __init__(self, s, e=None):
        self.s = s
        self.e = {} if e is None else e
        self.out_buf = b""
        self._any = getattr(s, "any", None)

    def get_extra_info(self, name, default=None):
        return self.e.get(name, default)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.wait_closed()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def aclose(self):
        await self.wait_closed()

    async def _attempt(self, operation, *args):
        # Run a non-blocking read until it gives something.
        any = self._any
        loop = get_running_loop()
        while True:
            if any is None or any():
                result = operation(*args)
                if result is not None:
                    loop._note_io_progress()
                    return result
            await loop._wait_io()

    async def read(self, n=-1):
        if n >= 0:
            return await self._attempt(self.s.read, n)
        data = b""
        while True:
            piece = await self._attempt(self.s.read)
            if not piece:
                return data
            data += piece

    async def readinto(self, buf):
        return await self._attempt(self.s.readinto, buf)

    async def readexactly(self, n):
        data = b""
        while len(data) < n:
            piece = await self._attempt(self.s.read, n - len(data))
            if not piece:
                raise IncompleteReadError(data, n)
            data += piece
        return data

    async def readline(self):
        line = b""
        while True:
            piece = await self._attempt(self.s.readline)
            line += piece
            if not piece or line[-1] == 10:
                return line

    def write(self, buf):
        if not self.out_buf:
            # Try at once; keep what the stream did not take.
            written = self.s.write(buf)
            if written == len(buf):
                return
            if written:
                buf = buf[written:]
        self.out_buf += bytes(buf)

    async def drain(self):
        loop = get_running_loop()
        while self.out_buf:
            written = self.s.write(self.out_buf)
            if written:
                self.out_buf = self.out_buf[written:]
                loop._note_io_progress()
            else:
                await loop._wait_io()

    async def awrite(self, buf, off=0, sz=-1):
        # MicroPython's older stream API.
        if off or sz != -1:
            end = len(buf) if sz == -1 else off + sz
            buf = memoryview(buf)[off:end]
        self.write(buf)
        await self.drain()


StreamReader = Stream
StreamWriter = Stream
