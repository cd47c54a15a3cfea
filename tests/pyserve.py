"""pyserve.py SOCKET - the test run's python server (tests/pyrun.c).

It imports what the tests' scripts import (openpyxl above all: ~0.17 s
of CPU a start) once, then forks a child per request on the Unix socket
SOCKET.  The child takes over the client's descriptors 0, 1, 2, working
directory, umask, argv and environment, runs the script as python's
main would (`-c CODE`, `-` for a script on stdin, or a script's path),
and sends back its exit status.  A child starts from the server as it
was after the imports, so no script sees what another did.  SIGTERM:
stop accepting, wait for the children (their CPU time is then counted
in the server's, and in the test run's), exit.
"""
import array
import gc
import os
import signal
import socket
import struct
import sys
import traceback

# what the tests' python imports, loaded once (each child gets them for
# free; anything else a script imports it imports as usual)
import csv, io, json, math, re, runpy, types, zipfile  # noqa: E401,F401
import xml.etree.ElementTree  # noqa: F401
import openpyxl  # noqa: F401
import openpyxl.chart  # noqa: F401

BASE_PATH = sys.path[1:]  # sys.path without this script's directory
STDIO = [(f.encoding, f.errors) for f in (sys.stdin, sys.stdout, sys.stderr)]


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError("client went away")
        data += chunk
    return data


def strings(blob, pos):
    (n,) = struct.unpack_from("=I", blob, pos)
    pos += 4
    out = []
    for _ in range(n):
        end = blob.index(b"\0", pos)
        out.append(os.fsdecode(blob[pos:end]))
        pos = end + 1
    return out, pos


def take_over(conn):
    """the client's descriptors, directory, umask, argv and environment"""
    fds = array.array("i")
    msg, anc, _flags, _addr = conn.recvmsg(1, socket.CMSG_SPACE(4 * fds.itemsize))
    for level, kind, data in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(data[: len(data) - len(data) % fds.itemsize])
    if len(fds) != 4:
        raise EOFError("no descriptors")
    (n,) = struct.unpack("=I", recv_exact(conn, 4))
    blob = recv_exact(conn, n)
    (umask,) = struct.unpack_from("=I", blob, 0)
    argv, pos = strings(blob, 4)
    env, pos = strings(blob, pos)
    for i in range(3):
        os.dup2(fds[i], i)
        os.close(fds[i])
    os.fchdir(fds[3])
    os.close(fds[3])
    os.umask(umask)
    os.environ.clear()
    for kv in env:
        k, sep, v = kv.partition("=")
        if sep and k:
            os.environ[k] = v
    # new standard streams on the new descriptors, as python makes them
    # on POSIX (newline "\n"; stderr line-buffered)
    (ie, ir), (oe, orr), (ee, er) = STDIO
    sys.stdin = sys.__stdin__ = open(0, "r", encoding=ie, errors=ir, newline="\n", closefd=False)
    sys.stdout = sys.__stdout__ = open(1, "w", encoding=oe, errors=orr, newline="\n", closefd=False)
    sys.stderr = sys.__stderr__ = open(2, "w", buffering=1, encoding=ee, errors=er,
                                       newline="\n", closefd=False)
    return argv


def run(argv):
    """python's main: the exit status of ARGV run as `python3 ARGV`"""
    try:
        if argv[0] in ("-c", "-"):
            if argv[0] == "-c":
                sys.argv, source, name = ["-c"] + argv[2:], argv[1], "<string>"
            else:
                sys.argv, source, name = argv, sys.stdin.read(), "<stdin>"
            sys.path[:] = [""] + BASE_PATH
            main = types.ModuleType("__main__")
            sys.modules["__main__"] = main
            exec(compile(source, name, "exec"), main.__dict__)
        else:
            sys.argv = argv
            sys.path[:] = [os.path.dirname(os.path.realpath(argv[0]))] + BASE_PATH
            # python 3.9+: the main script's __file__ is absolute, argv[0] as given
            runpy.run_path(os.path.abspath(argv[0]), run_name="__main__")
        status = 0
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code
        else:
            print(e.code, file=sys.stderr)
            status = 1
    except BaseException as e:  # noqa: B036 - python's main prints them all
        # from the script's frame on, as python prints it (not this
        # file's or runpy's)
        tb = e.__traceback__
        while tb is not None and (tb.tb_frame.f_code.co_filename == __file__ or
                                  tb.tb_frame.f_code.co_filename.startswith("<frozen runpy")):
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb)
        status = 1
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except Exception:  # noqa: BLE001 - as python's exit: status 120
            status = 120
    return status


def child(conn):
    """never returns: the child ends here whatever happens"""
    status = 1
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        status = run(take_over(conn))
        conn.sendall(struct.pack("=i", status))
    except BaseException:  # noqa: B036 - a request that fails is its client's exit 1
        try:
            traceback.print_exc()
        except BaseException:  # noqa: B036
            pass
    finally:
        os._exit(status & 0xFF)


class Stop(Exception):
    pass


def on_term(*_):
    raise Stop


def main():
    path = sys.argv[1]
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path + ".new")
    srv.listen(64)
    os.rename(path + ".new", path)  # ready: the socket appears whole
    signal.signal(signal.SIGTERM, on_term)
    # the imports' objects out of the collector's reach: a child's
    # collections would otherwise write to (and so copy) every page
    gc.freeze()
    try:
        while True:
            conn, _ = srv.accept()
            sys.stdout.flush()
            sys.stderr.flush()
            if os.fork() == 0:
                srv.close()
                child(conn)
            conn.close()
            try:  # reap what has finished
                while os.waitpid(-1, os.WNOHANG)[0] != 0:
                    pass
            except ChildProcessError:
                pass
    except Stop:
        pass
    srv.close()
    try:
        while True:
            os.wait()
    except ChildProcessError:
        pass
    try:
        os.unlink(path)
    except OSError:
        pass


if __name__ == "__main__":
    main()
