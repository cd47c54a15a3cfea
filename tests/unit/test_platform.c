/* test_platform.c - lib/platform.c: the GB18030 four-byte decoder the
 * Windows build uses, against glibc's iconv over every four-byte sequence
 * of the BMP and samples beyond it; the executable's directory; replace
 * and file identity (issue 19). */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"
#include "unit.h"

/* glibc's GB18030 -> UTF-32LE of one sequence: the code point, -1 when refused */
static long iconv_code(iconv_t cd, const unsigned char *s)
{
	char in[4], out[8], *ip = in, *op = out;
	size_t il = 4, ol = sizeof out;
	memcpy(in, s, 4);
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || ol != 4)
		return -1;
	return (long)((unsigned char)out[0] | (unsigned char)out[1] << 8 | (unsigned char)out[2] << 16 |
		      (unsigned long)(unsigned char)out[3] << 24);
}

static void test_gb18030_four(void)
{
	iconv_t cd = iconv_open("UTF-32LE", "GB18030");
	unsigned char s[4];
	long checked = 0, differ = 0, first_bad = -1;
	UNIT_TRUE(cd != (iconv_t)-1, "glibc has GB18030");
	/* the BMP part: 0x81308130 .. 0x8431A439 (index 0 .. 39419), and the
	 * unassigned rest of the 0x81-0x84 leads */
	for (s[0] = 0x81; s[0] <= 0x84; s[0]++)
		for (s[1] = 0x30; s[1] <= 0x39; s[1]++)
			for (s[2] = 0x81; s[2] <= 0xFE; s[2]++)
				for (s[3] = 0x30; s[3] <= 0x39; s[3]++) {
					long a = hk_gb18030_four(s), b = iconv_code(cd, s);
					checked++;
					if (a != b) {
						differ++;
						if (first_bad < 0)
							first_bad = ((long)s[0] << 24) | (s[1] << 16) | (s[2] << 8) | s[3];
					}
				}
	if (differ)
		fprintf(stderr, "first difference at 0x%08lx\n", first_bad);
	UNIT_EQ_INT(checked, 4 * 10 * 126 * 10, "every sequence of leads 0x81-0x84");
	UNIT_EQ_INT(differ, 0, "the four-byte BMP decoder agrees with glibc");
	/* beyond the BMP: 0x90308130 = U+10000 (GB 18030-2005 §6.3.3) */
	memcpy(s, "\x90\x30\x81\x30", 4);
	UNIT_EQ_INT(hk_gb18030_four(s), 0x10000, "0x90308130 is U+10000");
	UNIT_EQ_INT(iconv_code(cd, s), 0x10000, "glibc agrees");
	memcpy(s, "\x95\x32\x82\x36", 4); /* U+20000, CJK Extension B's first */
	UNIT_EQ_INT(hk_gb18030_four(s), 0x20000, "0x95328236 is U+20000");
	UNIT_EQ_INT(iconv_code(cd, s), 0x20000, "glibc agrees");
	memcpy(s, "\xE3\x32\x9A\x35", 4);
	UNIT_EQ_INT(hk_gb18030_four(s), 0x10FFFF, "0xE3329A35 is U+10FFFF");
	memcpy(s, "\xE3\x32\x9A\x36", 4);
	UNIT_EQ_INT(hk_gb18030_four(s), -1, "past U+10FFFF is no character");
	iconv_close(cd);
}

static void test_files(void)
{
	char dir[4096], a[] = "/tmp/hk-platform-XXXXXX.tmp", b[4200];
	hk_fileinfo fa, fb;
	int fd;
	FILE *f;
	UNIT_TRUE(hk_exe_dir(dir, sizeof dir), "the executable's directory is found");
	UNIT_TRUE(strstr(dir, "/tests") != NULL, "it is the unit test's (build/tests)");
	fd = hk_temp_file(a, 4);
	UNIT_TRUE(fd >= 0, "a temporary file is made");
	UNIT_TRUE(strcmp(a + strlen(a) - 4, ".tmp") == 0 && !strstr(a, "XXXXXX"), "its name is filled in, the suffix kept");
	f = hk_fd_stream(fd);
	fputs("new\n", f);
	UNIT_EQ_INT(hk_sync(f), 0, "synced");
	fclose(f);
	snprintf(b, sizeof b, "%s.target", a);
	f = hk_fopen(b, "wb");
	fputs("old\n", f);
	fclose(f);
	UNIT_EQ_INT(hk_stat(a, &fa), 0, "stat of the temporary");
	UNIT_EQ_INT(hk_replace_file(a, b), 0, "the temporary replaces the target");
	UNIT_EQ_INT(hk_stat(b, &fb), 0, "stat of the target");
	UNIT_TRUE(fa.dev == fb.dev && fa.ino == fb.ino && fb.kind == HK_FK_REG, "the target is now the temporary's file");
	UNIT_TRUE(!hk_readable(a), "the temporary's name is gone");
	f = hk_fopen_new(b);
	UNIT_TRUE(f == NULL && errno == EEXIST, "hk_fopen_new never replaces a file");
	UNIT_EQ_INT(hk_remove_file(b), 0, "removed");
}

int main(void)
{
	test_gb18030_four();
	test_files();
	return unit_done();
}
