/*
 * hold.c - hold.exe FILE PROGRAM ARG...: open FILE the way Excel holds an
 * open workbook (read access, others may read but not write or delete),
 * run PROGRAM with its arguments while it is held, and exit with its exit
 * code.  For packaging/windows/check.sh (make check-windows): heatkit.exe
 * under wine asked to replace a file another program has open must say so,
 * exit 2 and leave the file as it was (issue 19).  Built with mingw-w64
 * (-municode) by check.sh; not part of heatkit.
 */
#include <process.h>
#include <stdio.h>
#include <windows.h>

int wmain(int argc, wchar_t **argv)
{
	HANDLE h;
	intptr_t rc;
	if (argc < 3) {
		fputs("usage: hold.exe FILE PROGRAM [ARG...]\n", stderr);
		return 125;
	}
	h = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
	if (h == INVALID_HANDLE_VALUE) {
		fprintf(stderr, "hold.exe: cannot open the file (error %lu)\n", (unsigned long)GetLastError());
		return 125;
	}
	fflush(stdout);
	rc = _wspawnv(_P_WAIT, argv[2], (const wchar_t *const *)(argv + 2));
	CloseHandle(h);
	if (rc == -1) {
		fputs("hold.exe: cannot run the program\n", stderr);
		return 126;
	}
	return (int)rc;
}
