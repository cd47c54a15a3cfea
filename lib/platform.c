/* platform.c - Linux and Windows system calls behind one face (see platform.h). */
#include "platform.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* GB18030 and UTF-16 -> UTF-8 without iconv (mingw has none): UTF-16 by
 * hand; GB18030 sequence by sequence (GB 18030-2005 §6: 1, 2 or 4 bytes),
 * two-byte ones through MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS),
 * or code page 936 (GBK) where 54936 is missing (wine), four-byte ones by
 * the standard's linear ranges (gb18030.h; beyond the BMP: 0x90308130 =
 * U+10000, one by one). */
#include "gb18030.h"

/* the code point of the four-byte sequence s, or -1 when it has none */
long hk_gb18030_four(const unsigned char *s)
{
	long idx = (((long)(s[0] - 0x81) * 10 + (s[1] - 0x30)) * 126 + (s[2] - 0x81)) * 10 + (s[3] - 0x30);
	size_t lo = 0, hi = sizeof hk_gb4_idx / sizeof hk_gb4_idx[0];
	if (s[0] >= 0x90) {
		idx -= 189000; /* the index of 0x90308130 */
		return idx + 0x10000 <= 0x10FFFF ? idx + 0x10000 : -1;
	}
	if (idx >= HK_GB4_BMP_END)
		return -1;
	while (hi - lo > 1) { /* the last start <= idx */
		size_t mid = (lo + hi) / 2;
		if (hk_gb4_idx[mid] <= idx)
			lo = mid;
		else
			hi = mid;
	}
	return hk_gb4_uni[lo] ? hk_gb4_uni[lo] + (idx - hk_gb4_idx[lo]) : -1;
}

const char *hk_path_base(const char *path)
{
	const char *b = path, *p;
	for (p = path; *p; p++)
#ifdef _WIN32
		if (*p == '/' || *p == '\\' || *p == ':')
#else
		if (*p == '/')
#endif
			b = p + 1;
	return b;
}

#ifndef _WIN32
/* ------------------------------------------------------------ POSIX */
#include <dirent.h>
#include <iconv.h>
#include <sys/ioctl.h>

void hk_platform_init(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
}

void hk_platform_std_fds(void)
{
	int fd;
	/* open() takes the lowest free descriptor: a closed 0, 1 or 2 gets
	 * /dev/null */
	for (fd = 0; fd < 3; fd++)
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
			int k = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
			if (k >= 0 && k != fd)
				close(k);
		}
}

int hk_cwd(char *buf, size_t sz)
{
	return getcwd(buf, sz) != NULL;
}

int hk_exe_dir(char *buf, size_t sz)
{
	char exe[PATH_MAX], *slash;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return 0;
	*slash = '\0';
	snprintf(buf, sz, "%s", exe);
	return 1;
}

FILE *hk_fopen(const char *path, const char *mode)
{
	return fopen(path, mode);
}

FILE *hk_fopen_new(const char *path)
{
	return fopen(path, "wbx");
}

int hk_readable(const char *path)
{
	return access(path, R_OK) == 0;
}

int hk_remove_file(const char *path)
{
	return unlink(path);
}

int hk_make_dir(const char *path)
{
	return mkdir(path, 0777);
}

int hk_remove_dir(const char *path)
{
	return rmdir(path);
}

static void info_of(const struct stat *st, hk_fileinfo *fi)
{
	fi->dev = (unsigned long long)st->st_dev;
	fi->ino = (unsigned long long)st->st_ino;
	fi->kind = S_ISREG(st->st_mode) ? HK_FK_REG : S_ISDIR(st->st_mode) ? HK_FK_DIR : HK_FK_OTHER;
	fi->mode = (int)(st->st_mode & 07777);
	fi->readonly = S_ISREG(st->st_mode) && !(st->st_mode & 0222);
}

int hk_stat(const char *path, hk_fileinfo *fi)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return -1;
	info_of(&st, fi);
	return 0;
}

int hk_fstat(int fd, hk_fileinfo *fi)
{
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0)
		return -1;
	info_of(&st, fi);
	return 0;
}

int hk_link_target(const char *path, char *real, size_t sz)
{
	struct stat lst;
	char r[PATH_MAX];
	if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) && realpath(path, r)) {
		snprintf(real, sz, "%s", r);
		return 1;
	}
	return 0;
}

char *hk_canonical(const char *path, char *buf, size_t sz)
{
	char r[PATH_MAX];
	if (!realpath(path, r))
		return NULL;
	snprintf(buf, sz, "%s", r);
	return buf;
}

int hk_temp_file(char *tmpl, int suffixlen)
{
	return mkstemps(tmpl, suffixlen);
}

const char *hk_temp_dir(void)
{
	const char *td = getenv("TMPDIR");
	return td && *td ? td : "/tmp";
}

int hk_set_new_mode(int fd, int keep)
{
	/* mkstemp makes the file 0600; the renamed file gets what
	 * open(path, O_CREAT, 0666) would: 0666 less the umask */
	mode_t m = umask(0);
	umask(m);
	return fchmod(fd, keep >= 0 ? (mode_t)keep : 0666 & ~m);
}

FILE *hk_fd_stream(int fd)
{
	return fdopen(fd, "w");
}

int hk_sync(FILE *f)
{
	return fsync(fileno(f));
}

int hk_replace_file(const char *from, const char *to)
{
	return rename(from, to);
}

struct hk_dir {
	DIR *d;
};

hk_dir *hk_dir_open(const char *path)
{
	hk_dir *d = malloc(sizeof *d);
	if (!d)
		return NULL;
	if (!(d->d = opendir(path))) {
		int e = errno;
		free(d);
		errno = e;
		return NULL;
	}
	return d;
}

const char *hk_dir_next(hk_dir *d)
{
	struct dirent *de;
	while ((de = readdir(d->d)) != NULL)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			return de->d_name;
	return NULL;
}

void hk_dir_close(hk_dir *d)
{
	if (d) {
		closedir(d->d);
		free(d);
	}
}

FILE *hk_anon_file(void)
{
	return tmpfile();
}

FILE *hk_mem_reader(const void *buf, size_t len)
{
	return fmemopen((void *)buf, len, "rb");
}

FILE *hk_mem_writer(char **buf, size_t *len)
{
	return open_memstream(buf, len);
}

int hk_csv_bom_default(int to_file)
{
	(void)to_file;
	return 0;
}

int hk_stderr_tty(int *cols)
{
	struct winsize ws;
	if (!isatty(STDERR_FILENO))
		return 0;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1)
		*cols = ws.ws_col;
	return 1;
}

double hk_monotonic_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void hk_catch_signals(void (*handler)(int))
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
	int i;
	for (i = 0; i < 3; i++) {
		struct sigaction sa, old;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = handler;
		sigemptyset(&sa.sa_mask);
		/* a signal the caller ignores (nohup) stays ignored */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
	}
}

struct hk_conv {
	iconv_t cd;
};

hk_conv *hk_conv_open(const char *from)
{
	hk_conv *c = malloc(sizeof *c);
	if (!c)
		return NULL;
	c->cd = iconv_open("UTF-8", from);
	if (c->cd == (iconv_t)-1) {
		int e = errno;
		free(c);
		errno = e;
		return NULL;
	}
	return c;
}

int hk_conv_run(hk_conv *c, char **in, size_t *inleft, char **out, size_t *outleft)
{
	return iconv(c->cd, in, inleft, out, outleft) == (size_t)-1 ? -1 : 0;
}

void hk_conv_close(hk_conv *c)
{
	if (c) {
		iconv_close(c->cd);
		free(c);
	}
}

#else
/* ---------------------------------------------------------- Windows */
#include <direct.h>
#include <io.h>
#include <share.h>
#include <windows.h>

/* UTF-8 -> UTF-16 (NUL-terminated, malloc'ed), NULL on a bad name */
static wchar_t *wide(const char *s)
{
	int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, NULL, 0);
	wchar_t *w;
	if (n <= 0 || !(w = malloc((size_t)n * sizeof *w))) {
		errno = EINVAL;
		return NULL;
	}
	MultiByteToWideChar(CP_UTF8, 0, s, -1, w, n);
	return w;
}

/* UTF-16 -> UTF-8 (malloc'ed) */
static char *narrow(const wchar_t *w)
{
	int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, NULL, 0, NULL, NULL);
	char *s;
	if (n <= 0 || !(s = malloc((size_t)n)))
		return NULL;
	WideCharToMultiByte(CP_UTF8, 0, w, -1, s, n, NULL, NULL);
	return s;
}

void hk_platform_init(int *argc, char ***argv)
{
	int n, i;
	wchar_t **wv = CommandLineToArgvW(GetCommandLineW(), &n);
	/* LF stays LF: CSV bytes are the same as on Linux */
	_setmode(0, _O_BINARY);
	_setmode(1, _O_BINARY);
	_setmode(2, _O_BINARY);
	SetConsoleOutputCP(CP_UTF8);
	if (wv) {
		char **v = calloc((size_t)n + 1, sizeof *v);
		for (i = 0; v && i < n; i++)
			if (!(v[i] = narrow(wv[i])))
				v = NULL; /* keep the narrow argv */
		if (v) {
			*argc = n;
			*argv = v; /* lives as long as the process */
		}
		LocalFree(wv);
	}
}

void hk_platform_std_fds(void)
{
}

int hk_cwd(char *buf, size_t sz)
{
	wchar_t w[32768];
	char *s;
	int ok;
	if (!_wgetcwd(w, sizeof w / sizeof w[0]) || !(s = narrow(w)))
		return 0;
	ok = strlen(s) < sz;
	if (ok)
		memcpy(buf, s, strlen(s) + 1);
	free(s);
	return ok;
}

int hk_exe_dir(char *buf, size_t sz)
{
	wchar_t w[32768];
	DWORD n = GetModuleFileNameW(NULL, w, sizeof w / sizeof w[0]);
	char *s, *p, *slash;
	if (n == 0 || n >= sizeof w / sizeof w[0] || !(s = narrow(w)))
		return 0;
	for (p = s; *p; p++)
		if (*p == '\\')
			*p = '/';
	slash = strrchr(s, '/');
	if (slash)
		*slash = '\0';
	snprintf(buf, sz, "%s", s);
	free(s);
	return slash != NULL;
}

FILE *hk_fopen(const char *path, const char *mode)
{
	wchar_t *wp = wide(path), *wm = wide(mode);
	FILE *f = wp && wm ? _wfopen(wp, wm) : NULL;
	free(wp);
	free(wm);
	return f;
}

FILE *hk_fopen_new(const char *path)
{
	wchar_t *wp = wide(path);
	int fd = wp ? _wopen(wp, _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE) : -1;
	free(wp);
	return fd < 0 ? NULL : _fdopen(fd, "wb");
}

int hk_readable(const char *path)
{
	wchar_t *wp = wide(path);
	int ok = wp && _waccess(wp, 4) == 0;
	free(wp);
	return ok;
}

int hk_remove_file(const char *path)
{
	wchar_t *wp = wide(path);
	int r = wp ? _wunlink(wp) : -1;
	free(wp);
	return r;
}

int hk_make_dir(const char *path)
{
	wchar_t *wp = wide(path);
	int r = wp ? _wmkdir(wp) : -1;
	free(wp);
	return r;
}

int hk_remove_dir(const char *path)
{
	wchar_t *wp = wide(path);
	int r = wp ? _wrmdir(wp) : -1;
	free(wp);
	return r;
}

static int info_handle(HANDLE h, hk_fileinfo *fi)
{
	BY_HANDLE_FILE_INFORMATION bi;
	DWORD type = GetFileType(h);
	memset(fi, 0, sizeof *fi);
	fi->mode = -1;
	if (type != FILE_TYPE_DISK) {
		fi->kind = HK_FK_OTHER; /* console, pipe */
		return 0;
	}
	if (!GetFileInformationByHandle(h, &bi)) {
		errno = EIO;
		return -1;
	}
	fi->dev = bi.dwVolumeSerialNumber;
	fi->ino = ((unsigned long long)bi.nFileIndexHigh << 32) | bi.nFileIndexLow;
	fi->kind = bi.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY ? HK_FK_DIR : HK_FK_REG;
	fi->readonly = fi->kind == HK_FK_REG && (bi.dwFileAttributes & FILE_ATTRIBUTE_READONLY);
	return 0;
}

int hk_stat(const char *path, hk_fileinfo *fi)
{
	wchar_t *wp = wide(path);
	HANDLE h;
	int r;
	if (!wp)
		return -1;
	/* NUL and CON are devices, never replaced */
	if (!_wcsicmp(wp, L"NUL") || !_wcsicmp(wp, L"CON")) {
		free(wp);
		memset(fi, 0, sizeof *fi);
		fi->kind = HK_FK_OTHER;
		fi->mode = -1;
		return 0;
	}
	h = CreateFileW(wp, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, NULL,
			OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
	free(wp);
	if (h == INVALID_HANDLE_VALUE) {
		errno = ENOENT;
		return -1;
	}
	r = info_handle(h, fi);
	CloseHandle(h);
	return r;
}

int hk_fstat(int fd, hk_fileinfo *fi)
{
	intptr_t h = fd < 0 ? -1 : _get_osfhandle(fd);
	if (h == -1) {
		errno = EBADF;
		return -1;
	}
	return info_handle((HANDLE)h, fi);
}

int hk_link_target(const char *path, char *real, size_t sz)
{
	(void)path;
	(void)real;
	(void)sz;
	return 0;
}

char *hk_canonical(const char *path, char *buf, size_t sz)
{
	wchar_t *wp = wide(path), full[32768];
	char *s;
	DWORD n;
	if (!wp)
		return NULL;
	if (_waccess(wp, 0) != 0 ||
	    (n = GetFullPathNameW(wp, sizeof full / sizeof full[0], full, NULL)) == 0 ||
	    n >= sizeof full / sizeof full[0]) {
		free(wp);
		return NULL;
	}
	free(wp);
	CharLowerW(full); /* names differ only in case on one file */
	if (!(s = narrow(full)))
		return NULL;
	snprintf(buf, sz, "%s", s);
	free(s);
	return buf;
}

int hk_temp_file(char *tmpl, int suffixlen)
{
	static const char az[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	size_t n = strlen(tmpl);
	char *x;
	int tries, i;
	if (n < 6 + (size_t)suffixlen) {
		errno = EINVAL;
		return -1;
	}
	x = tmpl + n - suffixlen - 6;
	for (tries = 0; tries < 100; tries++) {
		unsigned long long r = GetTickCount64() * 6364136223846793005ULL +
				       (unsigned long long)GetCurrentProcessId() * 1442695040888963407ULL +
				       (unsigned long long)tries * 2862933555777941757ULL;
		wchar_t *wp;
		int fd;
		for (i = 0; i < 6; i++, r /= 36)
			x[i] = az[r % 36];
		if (!(wp = wide(tmpl)))
			return -1;
		fd = _wopen(wp, _O_RDWR | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE);
		free(wp);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

const char *hk_temp_dir(void)
{
	const char *td = getenv("TEMP");
	return td && *td ? td : ".";
}

int hk_set_new_mode(int fd, int keep)
{
	(void)fd;
	(void)keep;
	return 0;
}

FILE *hk_fd_stream(int fd)
{
	return _fdopen(fd, "wb");
}

int hk_sync(FILE *f)
{
	return _commit(_fileno(f));
}

int hk_replace_file(const char *from, const char *to)
{
	wchar_t *wf = wide(from), *wt = wide(to);
	DWORD old = wt ? GetFileAttributesW(wt) : INVALID_FILE_ATTRIBUTES, e;
	int ok;
	if (old != INVALID_FILE_ATTRIBUTES && (old & FILE_ATTRIBUTE_READONLY)) {
		free(wf);
		free(wt);
		return HK_REPLACE_READONLY;
	}
	ok = wf && wt && MoveFileExW(wf, wt, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
	e = ok ? 0 : GetLastError();
	/* the replaced file's attributes stay (the temporary has its own);
	 * archive set, as any write sets it */
	if (ok && old != INVALID_FILE_ATTRIBUTES)
		SetFileAttributesW(wt, (old & (FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM |
					      FILE_ATTRIBUTE_NOT_CONTENT_INDEXED)) | FILE_ATTRIBUTE_ARCHIVE);
	free(wf);
	free(wt);
	if (ok)
		return 0;
	/* a workbook open in Excel is locked: sharing violation */
	if (e == ERROR_SHARING_VIOLATION || e == ERROR_LOCK_VIOLATION || e == ERROR_ACCESS_DENIED)
		return HK_REPLACE_LOCKED;
	errno = EIO;
	return -1;
}

struct hk_dir {
	HANDLE h;
	WIN32_FIND_DATAW fd;
	int first; /* fd holds a name not yet returned */
	char *name;
};

hk_dir *hk_dir_open(const char *path)
{
	size_t n = strlen(path);
	char *pat = malloc(n + 3);
	wchar_t *wp;
	hk_dir *d;
	if (!pat)
		return NULL;
	snprintf(pat, n + 3, "%s%s*", path, n && strchr("/\\", path[n - 1]) ? "" : "\\");
	wp = wide(pat);
	free(pat);
	if (!wp || !(d = calloc(1, sizeof *d))) {
		free(wp);
		return NULL;
	}
	d->h = FindFirstFileW(wp, &d->fd);
	free(wp);
	if (d->h == INVALID_HANDLE_VALUE) {
		free(d);
		errno = ENOENT;
		return NULL;
	}
	d->first = 1;
	return d;
}

const char *hk_dir_next(hk_dir *d)
{
	for (;;) {
		if (!d->first && !FindNextFileW(d->h, &d->fd))
			return NULL;
		d->first = 0;
		if (!wcscmp(d->fd.cFileName, L".") || !wcscmp(d->fd.cFileName, L".."))
			continue;
		free(d->name);
		if ((d->name = narrow(d->fd.cFileName)) != NULL)
			return d->name;
	}
}

void hk_dir_close(hk_dir *d)
{
	if (d) {
		FindClose(d->h);
		free(d->name);
		free(d);
	}
}

FILE *hk_anon_file(void)
{
	/* tmpfile() of msvcrt writes into the root of the drive; the user's
	 * temp folder instead, removed on close (D) */
	wchar_t dir[MAX_PATH + 1], name[MAX_PATH + 1];
	if (!GetTempPathW(MAX_PATH + 1, dir) || !GetTempFileNameW(dir, L"hk", 0, name))
		return NULL;
	return _wfopen(name, L"w+bTD");
}

FILE *hk_mem_reader(const void *buf, size_t len)
{
	FILE *f = hk_anon_file();
	if (f && ((len && fwrite(buf, 1, len, f) != len) || fflush(f) != 0)) {
		fclose(f);
		return NULL;
	}
	if (f)
		rewind(f);
	return f;
}

FILE *hk_mem_writer(char **buf, size_t *len)
{
	(void)buf;
	(void)len;
	errno = ENOSYS;
	return NULL;
}

int hk_csv_bom_default(int to_file)
{
	return to_file;
}

int hk_stderr_tty(int *cols)
{
	CONSOLE_SCREEN_BUFFER_INFO ci;
	if (!_isatty(2))
		return 0;
	if (GetConsoleScreenBufferInfo(GetStdHandle(STD_ERROR_HANDLE), &ci) &&
	    ci.srWindow.Right - ci.srWindow.Left > 0)
		*cols = ci.srWindow.Right - ci.srWindow.Left + 1;
	return 1;
}

double hk_monotonic_s(void)
{
	return (double)GetTickCount64() / 1000.0;
}

void hk_catch_signals(void (*handler)(int))
{
	signal(SIGINT, handler);
	signal(SIGTERM, handler);
}

enum { CV_GB, CV_16LE, CV_16BE };
struct hk_conv {
	int kind;
	UINT cp;
};

hk_conv *hk_conv_open(const char *from)
{
	hk_conv *c = malloc(sizeof *c);
	if (!c)
		return NULL;
	if (!strcmp(from, "GB18030")) {
		c->kind = CV_GB;
		c->cp = IsValidCodePage(54936) ? 54936 : 936;
	} else if (!strcmp(from, "UTF-16LE")) {
		c->kind = CV_16LE;
	} else if (!strcmp(from, "UTF-16BE")) {
		c->kind = CV_16BE;
	} else {
		free(c);
		errno = EINVAL;
		return NULL;
	}
	return c;
}

/* code point u as UTF-8 into o (room for 4): its length */
static int put_utf8(unsigned long u, unsigned char *o)
{
	if (u < 0x80) {
		o[0] = (unsigned char)u;
		return 1;
	}
	if (u < 0x800) {
		o[0] = (unsigned char)(0xC0 | (u >> 6));
		o[1] = (unsigned char)(0x80 | (u & 0x3F));
		return 2;
	}
	if (u < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (u >> 12));
		o[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (u & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (u >> 18));
	o[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (u & 0x3F));
	return 4;
}

/* the length of the GB18030 sequence at s[0..n): 1, 2, 4; 0 when it is
 * cut off by the end; -1 when it is no sequence */
static int gb_len(const unsigned char *s, size_t n)
{
	if (s[0] < 0x80)
		return 1;
	if (s[0] == 0x80 || s[0] == 0xFF)
		return -1;
	if (n < 2)
		return 0;
	if ((s[1] >= 0x40 && s[1] <= 0x7E) || (s[1] >= 0x80 && s[1] <= 0xFE))
		return 2;
	if (s[1] < 0x30 || s[1] > 0x39)
		return -1;
	if (n < 3)
		return 0;
	if (s[2] < 0x81 || s[2] > 0xFE)
		return -1;
	if (n < 4)
		return 0;
	return s[3] >= 0x30 && s[3] <= 0x39 ? 4 : -1;
}

int hk_conv_run(hk_conv *c, char **in, size_t *inleft, char **out, size_t *outleft)
{
	const unsigned char *s = (const unsigned char *)*in;
	size_t n = *inleft;
	while (n > 0) {
		unsigned char o[8];
		int len, k = 0;
		if (c->kind == CV_GB) {
			wchar_t w[2];
			int nw;
			len = gb_len(s, n);
			if (len == 0 || len < 0) {
				errno = len == 0 ? EINVAL : EILSEQ;
				break;
			}
			if (len == 1) {
				o[k++] = s[0];
			} else if (len == 4) {
				long u = hk_gb18030_four(s);
				if (u < 0) {
					errno = EILSEQ;
					break;
				}
				k = put_utf8((unsigned long)u, o);
			} else if ((nw = MultiByteToWideChar(c->cp, MB_ERR_INVALID_CHARS, (const char *)s,
							     len, w, 2)) <= 0) {
				errno = EILSEQ;
				break;
			} else if (nw == 2 && w[0] >= 0xD800 && w[0] < 0xDC00) {
				k = put_utf8(0x10000 + (((unsigned long)w[0] - 0xD800) << 10) +
					     ((unsigned long)w[1] - 0xDC00), o);
			} else {
				k = put_utf8(w[0], o);
			}
		} else {
			unsigned long u, v;
			int be = c->kind == CV_16BE;
			if (n < 2) {
				errno = EINVAL;
				break;
			}
			u = be ? (unsigned long)s[0] << 8 | s[1] : (unsigned long)s[1] << 8 | s[0];
			len = 2;
			if (u >= 0xDC00 && u < 0xE000) {
				errno = EILSEQ;
				break;
			}
			if (u >= 0xD800 && u < 0xDC00) {
				if (n < 4) {
					errno = EINVAL;
					break;
				}
				v = be ? (unsigned long)s[2] << 8 | s[3] : (unsigned long)s[3] << 8 | s[2];
				if (v < 0xDC00 || v >= 0xE000) {
					errno = EILSEQ;
					break;
				}
				u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
				len = 4;
			}
			k = put_utf8(u, o);
		}
		if ((size_t)k > *outleft) {
			errno = E2BIG;
			break;
		}
		memcpy(*out, o, (size_t)k);
		*out += k;
		*outleft -= (size_t)k;
		s += len;
		n -= (size_t)len;
	}
	*in = (char *)s;
	*inleft = n;
	return n > 0 ? -1 : 0;
}

void hk_conv_close(hk_conv *c)
{
	free(c);
}

/* The Windows build links libxlsxwriter statically (mk/windows.mk leaves
 * out lib/xlsxdl.c, which opens the shared library on Linux): it is
 * always there. */
const char *hk_xlsx_open_error(void);
const char *hk_xlsx_open_error(void)
{
	return NULL;
}

char *strndup(const char *s, size_t n)
{
	size_t k = strnlen(s, n);
	char *d = malloc(k + 1);
	if (d) {
		memcpy(d, s, k);
		d[k] = '\0';
	}
	return d;
}

ssize_t getline(char **line, size_t *cap, FILE *f)
{
	size_t n = 0;
	int ch;
	if (!*line || *cap == 0) {
		*cap = 128;
		if (!(*line = malloc(*cap)))
			return -1;
	}
	while ((ch = getc(f)) != EOF) {
		if (n + 2 > *cap) {
			char *p = realloc(*line, *cap * 2);
			if (!p)
				return -1;
			*line = p;
			*cap *= 2;
		}
		(*line)[n++] = (char)ch;
		if (ch == '\n')
			break;
	}
	if (n == 0)
		return -1;
	(*line)[n] = '\0';
	return (ssize_t)n;
}
#endif
