#!/usr/bin/env python3
"""gb18030-table.py > lib/gb18030.h - the GB18030 four-byte BMP ranges as
glibc's iconv decodes them (GB 18030-2005; the Linux build reads GBK
through it), so that the Windows build, which has no iconv, decodes the
same bytes to the same text: each run of sequences whose linear index and
code point both go up by one is one (index, code point) start; a run that
glibc refuses starts with code point 0."""
import ctypes

libc = ctypes.CDLL("libc.so.6", use_errno=True)
libc.iconv_open.restype = ctypes.c_void_p
libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.iconv.restype = ctypes.c_size_t
libc.iconv.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 4
cd = libc.iconv_open(b"UTF-32LE", b"GB18030")


def decode(s):
    inb = ctypes.create_string_buffer(s, 4)
    outb = ctypes.create_string_buffer(8)
    ip, op = ctypes.c_char_p(ctypes.addressof(inb)), ctypes.c_char_p(ctypes.addressof(outb))
    il, ol = ctypes.c_size_t(4), ctypes.c_size_t(8)
    libc.iconv(cd, None, None, None, None)
    r = libc.iconv(cd, ctypes.byref(ip), ctypes.byref(il), ctypes.byref(op), ctypes.byref(ol))
    if r == ctypes.c_size_t(-1).value or ol.value != 4:
        return 0
    return int.from_bytes(outb.raw[:4], "little")


ranges, prev, idx, end = [], None, 0, 0
for b0 in range(0x81, 0x85):
    for b1 in range(0x30, 0x3A):
        for b2 in range(0x81, 0xFF):
            for b3 in range(0x30, 0x3A):
                u = decode(bytes([b0, b1, b2, b3]))
                if u:
                    end = idx + 1
                if not (prev and ((u and u == prev[1] + 1) or (not u and not prev[1]))):
                    ranges.append((idx, u))
                prev = (idx, u)
                idx += 1
while ranges[-1][1] == 0:
    ranges.pop()
print("/* gb18030.h - GB18030 four-byte sequences of the BMP: index = the linear\n"
      " * number of the sequence from 0x81308130 (GB 18030-2005 §6.3.3), mapped\n"
      " * linearly from each start; code point 0: refused.  Generated from glibc's\n"
      " * iconv, which the Linux build reads GBK with, by\n"
      " * packaging/windows/gb18030-table.py; used by lib/platform.c. */")
print("#define HK_GB4_BMP_END %d /* indices below: the BMP */" % end)
print("static const unsigned short hk_gb4_idx[%d] = {" % len(ranges))
for i in range(0, len(ranges), 10):
    print("\t" + ", ".join(str(r[0]) for r in ranges[i:i + 10]) + ",")
print("};\nstatic const unsigned short hk_gb4_uni[%d] = {" % len(ranges))
for i in range(0, len(ranges), 10):
    print("\t" + ", ".join("0x%04X" % r[1] for r in ranges[i:i + 10]) + ",")
print("};")
