#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""A TCP proxy on 127.0.0.1 that delays every chunk by DELAY_MS in each direction (so a
round trip takes 2 x DELAY_MS longer) without limiting throughput: what a distant SFTP server
looks like. Used by run-sftp-benchmark.
    sftp-delay-proxy.py LISTEN_PORT TARGET_PORT [DELAY_MS=25]"""
import asyncio
import sys
import time


async def forward(reader, writer, delay):
    queue = asyncio.Queue()

    async def receive():
        while True:
            data = await reader.read(1 << 20)
            await queue.put((time.monotonic() + delay, data))
            if not data:
                return

    async def send():
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                if writer.can_write_eof():
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()

    try:
        await asyncio.gather(receive(), send())
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def main():
    listen_port, target_port = int(sys.argv[1]), int(sys.argv[2])
    delay = (float(sys.argv[3]) if len(sys.argv) > 3 else 25.0) / 1000

    async def accepted(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(forward(client_reader, server_writer, delay),
                             forward(server_reader, client_writer, delay))

    server = await asyncio.start_server(accepted, "127.0.0.1", listen_port)
    print("listening", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
