/*
 * platform.h - the few operating-system calls that differ between Linux
 * and Windows, in one place (issue 19).  Everything else in lib/ and cmd/
 * is plain C11 + POSIX that mingw-w64 also has.  On Linux each function is
 * the call it replaces (the behaviour byte for byte); on Windows
 * (x86_64-w64-mingw32, `make windows`) it is the Win32 equivalent:
 *
 *   the executable's directory   /proc/self/exe     GetModuleFileNameW
 *   file names                   UTF-8 bytes        UTF-8 -> UTF-16, _wfopen
 *   temporary + replace          mkstemps, rename   _wsopen O_EXCL, MoveFileExW
 *                                                   MOVEFILE_REPLACE_EXISTING
 *   command line                 argv               GetCommandLineW -> UTF-8
 *   console                      bytes              SetConsoleOutputCP(UTF-8),
 *                                                   stdio in binary mode (LF)
 *   GBK / UTF-16 decoding        iconv              hk_conv (below)
 */
#ifndef HK_PLATFORM_H
#define HK_PLATFORM_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* At the start of main: on Windows argv becomes the UTF-8 command line
 * (GetCommandLineW, whatever the console's code page), standard streams
 * binary (CSV lines end in LF, as on Linux) and the console shows UTF-8.
 * Nothing on Linux. */
void hk_platform_init(int *argc, char ***argv);

/* A closed descriptor 0, 1 or 2 is opened on the null device, so that no
 * file opened later becomes standard error. */
void hk_platform_std_fds(void);

/* The directory of the running executable ('/' separated) into buf:
 * 1, or 0 when it cannot be found. */
int hk_exe_dir(char *buf, size_t sz);

/* The working directory in UTF-8 (getcwd; _wgetcwd on Windows, whatever the
 * code page): 1, or 0 when it cannot be had or does not fit. */
int hk_cwd(char *buf, size_t sz);

/* The file name part of path: after its last '/' (or, on Windows, '\\' or
 * the drive's ':'); path itself when it has none. */
const char *hk_path_base(const char *path);

/* fopen of a UTF-8 file name; hk_fopen_new creates a file that must not
 * exist yet ("wbx"): NULL with errno EEXIST when it does. */
FILE *hk_fopen(const char *path, const char *mode);
FILE *hk_fopen_new(const char *path);
int hk_readable(const char *path);      /* access(path, R_OK) == 0 */
int hk_remove_file(const char *path);   /* unlink */
int hk_make_dir(const char *path);      /* mkdir(path, 0777) */
int hk_remove_dir(const char *path);    /* rmdir */

/* What a path or descriptor is, and which file: two names of one file
 * have the same (dev, ino) (the volume and file index on Windows). */
enum { HK_FK_NONE, HK_FK_REG, HK_FK_DIR, HK_FK_OTHER };
typedef struct {
	unsigned long long dev, ino;
	int kind;  /* HK_FK_* */
	int mode;  /* permission bits (07777), -1 where there are none */
	int readonly; /* marked read-only: no write permission for anyone
		       * (chmod a-w), the read-only attribute on Windows */
} hk_fileinfo;
int hk_stat(const char *path, hk_fileinfo *fi);   /* 0, or -1 with errno */
int hk_fstat(int fd, hk_fileinfo *fi);
/* path is a symbolic link: its target into real (1), else 0 */
int hk_link_target(const char *path, char *real, size_t sz);
/* the canonical absolute name of an existing path (realpath), or NULL */
char *hk_canonical(const char *path, char *buf, size_t sz);

/* A new temporary file from tmpl ("dir/.name.XXXXXX.tmp", the XXXXXX
 * replaced; suffixlen characters after them kept): its descriptor, or -1
 * with errno.  hk_set_new_mode gives it the mode a replaced file keeps
 * (keep >= 0) or a new file gets (0666 less the umask); nothing on Windows. */
int hk_temp_file(char *tmpl, int suffixlen);
const char *hk_temp_dir(void);          /* $TMPDIR or /tmp; %TEMP% */
int hk_set_new_mode(int fd, int keep);
FILE *hk_fd_stream(int fd);             /* fdopen(fd, "wb") */
int hk_sync(FILE *f);                   /* fsync(fileno(f)) */
/* from replaces to in one step (rename; MoveFileExW REPLACE_EXISTING):
 * 0, or -1 with errno, or HK_REPLACE_LOCKED when another program (Excel)
 * has `to` open (Windows: a sharing violation; to is left intact) */
#define HK_REPLACE_LOCKED (-2)
/* HK_REPLACE_READONLY: `to` is marked read-only (Windows: the attribute;
 * left intact).  A replaced file keeps its attributes on Windows (hidden,
 * system, not indexed; archive set, as any write sets it), its mode on
 * Linux (hk_set_new_mode). */
#define HK_REPLACE_READONLY (-3)
int hk_replace_file(const char *from, const char *to);

/* The names in a directory (UTF-8; "." and ".." left out), in the order
 * the system gives them: readdir, FindFirstFileW on Windows (a Chinese
 * name whatever the ANSI code page).  NULL with errno. */
typedef struct hk_dir hk_dir;
hk_dir *hk_dir_open(const char *path);
const char *hk_dir_next(hk_dir *d);     /* NULL at the end */
void hk_dir_close(hk_dir *d);

/* An anonymous read-write file (tmpfile), a read-only stream over
 * memory (fmemopen), a growing memory stream (open_memstream; NULL where
 * there is none) */
FILE *hk_anon_file(void);
FILE *hk_mem_reader(const void *buf, size_t len);
FILE *hk_mem_writer(char **buf, size_t *len);

/* CSV written with no --csv-encoding starts with a UTF-8 BOM: 1 or 0.
 * Linux: never (pipes, awk, python read plain UTF-8; a BOM would stick to
 * the first column's name).  Windows: into a file (-o x.csv, or standard
 * output redirected into one), because Excel on Chinese Windows reads a
 * CSV without a BOM in the ANSI code page (GBK) and garbles UTF-8; into a
 * pipe or the console, not (heatkit's reader takes either). */
int hk_csv_bom_default(int to_file);

/* Standard error is a terminal: its width in columns into *cols (1) */
int hk_stderr_tty(int *cols);
double hk_monotonic_s(void);            /* seconds, for rates */

/* handler on SIGINT, SIGTERM (and SIGHUP) unless the caller ignores them */
void hk_catch_signals(void (*handler)(int));

/* Text conversion to UTF-8 from "GB18030", "UTF-16LE" or "UTF-16BE", with
 * iconv's contract: hk_conv advances *in and *out; returns 0, or -1 with
 * errno EILSEQ (*in at the bad byte), EINVAL (an incomplete sequence at
 * the end of the input, left in *in) or E2BIG. */
typedef struct hk_conv hk_conv;
hk_conv *hk_conv_open(const char *from);  /* NULL with errno */
int hk_conv_run(hk_conv *c, char **in, size_t *inleft, char **out, size_t *outleft);
void hk_conv_close(hk_conv *c);

/* The code point of the GB18030 four-byte sequence s[0..3] (each byte in
 * its range), or -1 when the standard gives it none; hk_conv's decoder on
 * Windows, checked against iconv on Linux (tests/unit/test_platform.c). */
long hk_gb18030_four(const unsigned char *s);

#ifdef _WIN32
/* POSIX calls the C library of mingw lacks */
char *strndup(const char *s, size_t n);
ssize_t getline(char **line, size_t *cap, FILE *f);
#endif

#endif
