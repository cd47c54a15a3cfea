/* table.c - the CSV reader (see table.h). */
#include "table.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "platform.h"
#include "text.h"

#define RAW_BLOCK (64 * 1024)
#define MAX_LINE (1024 * 1024) /* a line over 1 MB is an error */
#define TBUF_CAP (MAX_LINE + 4 * RAW_BLOCK + 16)
/* tbuf starts small and doubles up to TBUF_CAP as the text needs (a table
 * of a few kB gets a few kB: a reader opened per file, thousands of times
 * in the tests, costs no 1.3 MB allocation); a read asks at most this much
 * room before the buffer grows */
#define TBUF_MIN 4096
#define READ_MIN 1024

enum enc { ENC_UTF8, ENC_GB18030, ENC_UTF16LE, ENC_UTF16BE };
static const char *const enc_name[] = {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"};

/* a growable list of records: fields stored back to back, NUL-terminated */
struct recbuf {
	char *text;
	size_t len, cap;
	size_t *off; /* field start offsets into text */
	size_t nf, capf;
};

struct binding {
	long col;       /* -1 when absent */
	double factor, offset;
	int pct_header; /* header unit was % */
	int unit_given; /* the header carried a unit */
};

struct hk_reader {
	char name[256];
	FILE *fp;
	int own_fp;
	enum enc enc;
	int enc_forced;
	hk_conv *cd;
	unsigned char raw[RAW_BLOCK + 8];
	size_t raw_len;
	char *tbuf; /* decoded UTF-8 text */
	size_t tcap, tlen, tpos;
	int eof;
	long line;      /* physical lines fed so far */
	int in_quotes;  /* inside a quoted field across lines */
	long quote_line; /* line where the open quoted field started */
	struct csv_parser p;
	int p_init;
	struct recbuf cur;   /* the record being parsed */
	long cur_line;       /* line the record being parsed starts on */
	/* records completed by the last feed; a queue read from qhead */
	struct recbuf q;
	size_t *qrec;        /* index into q.off of each record's first field */
	size_t *qnf;
	long *qline;
	size_t qn, qcap, qhead;
	/* the current record handed to the caller */
	size_t rec_first, rec_nf;
	long rec_line;
	char **fieldp;       /* pointers to the current record's fields */
	size_t fieldp_cap;
	/* header */
	char **hdr;
	size_t nhdr;
	int chinese;
	const hk_colspec *specs;
	struct binding *bind;
	size_t nspecs;
	hk_err perr;         /* error raised inside a libcsv callback */
	int failed;
};

static int rb_push_field(struct recbuf *b, const char *s, size_t n)
{
	if (b->nf == b->capf) {
		size_t nc = b->capf ? 2 * b->capf : 32;
		size_t *no = realloc(b->off, nc * sizeof *no);
		if (!no)
			return -1;
		b->off = no;
		b->capf = nc;
	}
	if (b->len + n + 1 > b->cap) {
		size_t nc = b->cap ? b->cap : 256;
		char *nt;
		while (nc < b->len + n + 1)
			nc *= 2;
		nt = realloc(b->text, nc);
		if (!nt)
			return -1;
		b->text = nt;
		b->cap = nc;
	}
	b->off[b->nf++] = b->len;
	memcpy(b->text + b->len, s, n);
	b->len += n;
	b->text[b->len++] = '\0';
	return 0;
}

static void rb_clear(struct recbuf *b)
{
	b->len = 0;
	b->nf = 0;
}

static void rb_free(struct recbuf *b)
{
	free(b->text);
	free(b->off);
}

/* ---- libcsv callbacks ---- */

static void on_field(void *s, size_t n, void *data)
{
	hk_reader *r = data;
	if (r->failed)
		return;
	if (r->cur.nf == 0) {
		/* the record starts where its first field starts */
		long nl = 0;
		size_t i;
		for (i = 0; i < n; i++) /* LF, or CR not followed by LF: a line end */
			nl += ((char *)s)[i] == '\n' || (((char *)s)[i] == '\r' && (i + 1 == n || ((char *)s)[i + 1] != '\n'));
		r->cur_line = r->line - nl;
	}
	if (rb_push_field(&r->cur, s ? s : "", s ? n : 0) < 0) {
		r->failed = 1;
		hk_fail(&r->perr, HK_ENOMEM, "out of memory reading a record");
	}
}

static int all_blank(const struct recbuf *b)
{
	size_t i;
	for (i = 0; i < b->len; i++) {
		char c = b->text[i];
		if (c != '\0' && c != ' ' && c != '\t' && c != '\r')
			return 0;
	}
	return 1;
}

static void on_record(int c, void *data)
{
	hk_reader *r = data;
	size_t i;
	(void)c;
	if (r->failed)
		return;
	if (r->cur.nf == 0 || all_blank(&r->cur)) { /* ",,," lines count as blank */
		rb_clear(&r->cur);
		return;
	}
	if (r->qn == r->qcap) {
		size_t nc = r->qcap ? 2 * r->qcap : 8;
		size_t *a = realloc(r->qrec, nc * sizeof *a);
		size_t *b = a ? realloc(r->qnf, nc * sizeof *b) : NULL;
		long *l;
		if (a)
			r->qrec = a;
		if (b)
			r->qnf = b;
		l = b ? realloc(r->qline, nc * sizeof *l) : NULL;
		if (!l) {
			r->failed = 1;
			hk_fail(&r->perr, HK_ENOMEM, "out of memory reading a record");
			return;
		}
		r->qline = l;
		r->qcap = nc;
	}
	r->qrec[r->qn] = r->q.nf;
	r->qnf[r->qn] = r->cur.nf;
	r->qline[r->qn] = r->cur_line;
	for (i = 0; i < r->cur.nf; i++) {
		const char *f = r->cur.text + r->cur.off[i];
		if (rb_push_field(&r->q, f, strlen(f)) < 0) {
			r->failed = 1;
			hk_fail(&r->perr, HK_ENOMEM, "out of memory reading a record");
			return;
		}
	}
	r->qn++;
	rb_clear(&r->cur);
}

/* ---- opening and decoding ---- */

static hk_status fail_file(hk_reader *r, hk_err *err, hk_status code, long line,
			   int col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static hk_status fail_file(hk_reader *r, hk_err *err, hk_status code, long line,
			   int col, const char *fmt, ...)
{
	char msg[900];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return hk_fail_at(err, code, r->name, line, col, "%s", msg);
}

static int enc_from_name(const char *s, enum enc *e)
{
	char f[32];
	hk_fold(s, f, sizeof f, 1);
	if (!strcmp(f, "utf-8") || !strcmp(f, "utf8"))
		*e = ENC_UTF8;
	else if (!strcmp(f, "gbk") || !strcmp(f, "gb18030") || !strcmp(f, "gb2312") ||
		 !strcmp(f, "cp936") || !strcmp(f, "936"))
		*e = ENC_GB18030; /* GB18030 is a superset of GBK and GB2312 */
	else if (!strcmp(f, "utf-16") || !strcmp(f, "utf16") || !strcmp(f, "utf-16le"))
		*e = ENC_UTF16LE;
	else if (!strcmp(f, "utf-16be"))
		*e = ENC_UTF16BE;
	else
		return 0;
	return 1;
}

static size_t read_raw(hk_reader *r, unsigned char *dst, size_t n)
{
	size_t got = 0;
	while (got < n && !feof(r->fp) && !ferror(r->fp))
		got += fread(dst + got, 1, n - got, r->fp);
	return got;
}

/* Decode raw[0..raw_len) into tbuf; keep an incomplete tail in raw. */
static hk_status decode_raw(hk_reader *r, hk_err *err)
{
	if (r->enc == ENC_UTF8) {
		memcpy(r->tbuf + r->tlen, r->raw, r->raw_len);
		r->tlen += r->raw_len;
		r->raw_len = 0;
		return HK_OK;
	} else {
		char *in = (char *)r->raw, *out = r->tbuf + r->tlen;
		size_t inleft = r->raw_len, outleft = r->tcap - r->tlen;
		int rc = hk_conv_run(r->cd, &in, &inleft, &out, &outleft);
		r->tlen = (size_t)(out - r->tbuf);
		if (rc == -1 && errno == EILSEQ) {
			long nl = r->line + 1;
			size_t i;
			for (i = r->tpos; i < r->tlen; i++)
				nl += r->tbuf[i] == '\n';
			return fail_file(r, err, HK_EPARSE, nl, 1,
					 "invalid %s byte sequence (0x%02x): expected %s text "
					 "(or name the encoding with --encoding)",
					 enc_name[r->enc], (unsigned char)*in, enc_name[r->enc]);
		}
		/* EINVAL: an incomplete sequence at the end, kept for the next block */
		memmove(r->raw, in, inleft);
		r->raw_len = inleft;
		return HK_OK;
	}
}

/* Room for `room` more bytes in tbuf (never beyond TBUF_CAP); 0: out of
 * memory. */
static int tbuf_room(hk_reader *r, size_t room)
{
	size_t cap = r->tcap ? r->tcap : TBUF_MIN;
	char *nb;
	while (cap - r->tlen < room && cap < TBUF_CAP)
		cap = cap < TBUF_CAP / 2 ? 2 * cap : TBUF_CAP;
	if (cap == r->tcap)
		return 1;
	if (!(nb = realloc(r->tbuf, cap)))
		return 0;
	r->tbuf = nb;
	r->tcap = cap;
	return 1;
}

/* The last byte of the first line in s[0..n): its LF, or a CR alone (old
 * Mac files end lines with CR only; libcsv ends records there too, so the
 * lines must be counted there); NULL when the line may go on past n. */
static char *eol(char *s, size_t n, int eof)
{
	char *lf = memchr(s, '\n', n);
	char *cr = memchr(s, '\r', lf ? (size_t)(lf - s) : n);
	if (!cr || cr + 1 == lf)
		return lf;
	if (cr + 1 < s + n || eof)
		return cr;
	return NULL; /* a CR last in the buffer: its LF may come next */
}

/* Make sure tbuf holds a whole line from tpos (or the rest of the file).
 * A block decodes to at most 4 bytes of text per byte read, so a read
 * takes no more than a quarter of the room left. */
static hk_status fill(hk_reader *r, hk_err *err)
{
	if (r->tpos > 0) {
		memmove(r->tbuf, r->tbuf + r->tpos, r->tlen - r->tpos);
		r->tlen -= r->tpos;
		r->tpos = 0;
	}
	while (!r->eof && r->tlen + 4 * RAW_BLOCK < TBUF_CAP) {
		size_t want = RAW_BLOCK - r->raw_len, room, got;
		hk_status s;
		if (!tbuf_room(r, 4 * (r->raw_len + (want < READ_MIN ? want : READ_MIN))))
			return fail_file(r, err, HK_ENOMEM, 0, 0, "out of memory");
		room = (r->tcap - r->tlen) / 4 - r->raw_len;
		got = read_raw(r, r->raw + r->raw_len, want < room ? want : room);
		if (got == 0 && ferror(r->fp))
			return fail_file(r, err, HK_EIO, 0, 0, "cannot read (%s): expected a readable file",
					 strerror(errno));
		if (got == 0)
			r->eof = 1;
		r->raw_len += got;
		s = decode_raw(r, err);
		if (s != HK_OK)
			return s;
		if (r->eof && r->raw_len > 0)
			return fail_file(r, err, HK_EPARSE, r->line + 1, 1,
					 "file ends inside a %s character: expected complete %s text",
					 enc_name[r->enc], enc_name[r->enc]);
		if (eol(r->tbuf, r->tlen, r->eof))
			break;
	}
	return HK_OK;
}

/* standard input kept in memory by hk_reader_keep_stdin (process-wide,
 * like standard input itself) */
static char *stdin_buf;
static size_t stdin_len, stdin_cap;
static int stdin_kept;

hk_status hk_reader_keep_stdin(hk_err *err)
{
	size_t cap = stdin_cap; /* a retry after a failure keeps what it read */
	if (stdin_kept)
		return HK_OK;
	for (;;) {
		if (stdin_len == cap) {
			char *nb = realloc(stdin_buf, cap ? 2 * cap : 65536);
			if (!nb)
				return hk_fail(err, HK_ENOMEM, "out of memory keeping standard input");
			stdin_buf = nb;
			stdin_cap = cap = cap ? 2 * cap : 65536;
		}
		size_t k = fread(stdin_buf + stdin_len, 1, cap - stdin_len, stdin);
		stdin_len += k;
		if (k == 0)
			break;
	}
	if (ferror(stdin))
		return hk_fail_at(err, HK_EIO, "<stdin>", 0, 0,
				  "cannot read (%s): expected a readable CSV file", strerror(errno));
	stdin_kept = 1;
	return HK_OK;
}

static hk_status reader_start(hk_reader *r, hk_reader **out, const char *encoding,
				hk_err *err);

/* the regular files read so far (process-wide, like the files themselves),
 * so that no output replaces one (issue 18 #17) */
#define MAX_INPUTS 64
static struct input_id { unsigned long long dev, ino; char name[256]; } inputs_read[MAX_INPUTS];
static int ninputs_read;

void hk_input_note(int fd, const char *name)
{
	hk_fileinfo st;
	int i;
	if (hk_fstat(fd, &st) != 0 || st.kind != HK_FK_REG)
		return;
	for (i = 0; i < ninputs_read; i++)
		if (inputs_read[i].dev == st.dev && inputs_read[i].ino == st.ino)
			return;
	if (ninputs_read == MAX_INPUTS)
		return;
	inputs_read[ninputs_read].dev = st.dev;
	inputs_read[ninputs_read].ino = st.ino;
	snprintf(inputs_read[ninputs_read].name, sizeof inputs_read[0].name, "%s", name);
	ninputs_read++;
}

const char *hk_input_same(const hk_fileinfo *st)
{
	int i;
	for (i = 0; i < ninputs_read; i++)
		if (inputs_read[i].dev == st->dev && inputs_read[i].ino == st->ino)
			return inputs_read[i].name;
	return NULL;
}

/* how many 3-byte UTF-8 sequences (CJK among them) b[0..n) holds; b is valid UTF-8 */
static size_t utf8_wide_chars(const unsigned char *b, size_t n)
{
	size_t i, k = 0;
	for (i = 0; i < n; i++)
		k += (b[i] & 0xF0) == 0xE0;
	return k;
}

hk_status hk_reader_open(hk_reader **out, const char *path, const char *encoding,
			 hk_err *err)
{
	hk_reader *r = calloc(1, sizeof *r);
	*out = NULL;
	if (!r)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if (!path || !strcmp(path, "-")) {
		snprintf(r->name, sizeof r->name, "<stdin>");
		hk_input_note(0, "<stdin>");
		r->fp = stdin;
		if (stdin_kept && stdin_len > 0) { /* a reading of its own */
			r->fp = hk_mem_reader(stdin_buf, stdin_len);
			if (!r->fp) {
				free(r);
				return hk_fail(err, HK_ENOMEM, "out of memory");
			}
			r->own_fp = 1;
		}
	} else {
		snprintf(r->name, sizeof r->name, "%s", path);
		r->fp = hk_fopen(path, "rb");
		if (!r->fp) {
			hk_status s = hk_fail_at(err, HK_EIO, path, 0, 0,
						 "cannot open (%s): expected a readable CSV file",
						 strerror(errno));
			free(r);
			return s;
		}
		r->own_fp = 1;
		hk_input_note(fileno(r->fp), path);
	}
	return reader_start(r, out, encoding, err);
}

hk_status hk_reader_open_mem(hk_reader **out, const char *name, const void *buf, size_t len,
			     const char *encoding, hk_err *err)
{
	hk_reader *r = calloc(1, sizeof *r);
	*out = NULL;
	if (!r)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	snprintf(r->name, sizeof r->name, "%s", name);
	r->fp = hk_mem_reader(buf, len);
	if (!r->fp) {
		free(r);
		return hk_fail(err, HK_ENOMEM, "out of memory");
	}
	r->own_fp = 1;
	return reader_start(r, out, encoding, err);
}

/* The rest of opening, once r->fp and r->name are set: sniff or set the
 * encoding from the first block, decode it, start the CSV parser. */
static hk_status reader_start(hk_reader *r, hk_reader **out, const char *encoding,
				hk_err *err)
{
	size_t got, skip = 0;
	if (encoding && strcmp(encoding, "auto") != 0) {
		if (!enc_from_name(encoding, &r->enc)) {
			hk_status s = hk_fail(err, HK_EINVAL,
					      "unknown encoding (%s): expected auto, utf-8, gbk, gb18030 or utf-16",
					      encoding);
			hk_reader_close(r);
			return s;
		}
		r->enc_forced = 1;
	}
	got = read_raw(r, r->raw, RAW_BLOCK);
	if (got == 0 && ferror(r->fp)) {
		hk_status s = fail_file(r, err, HK_EIO, 0, 0,
					"cannot read (%s): expected a readable CSV file", strerror(errno));
		hk_reader_close(r);
		return s;
	}
	if (got == 0) {
		hk_status s = fail_file(r, err, HK_EPARSE, 1, 1,
					"empty file (0 bytes): expected a header row and data rows");
		hk_reader_close(r);
		return s;
	}
	if (got >= 3 && r->raw[0] == 0xEF && r->raw[1] == 0xBB && r->raw[2] == 0xBF) {
		skip = 3;
		if (!r->enc_forced)
			r->enc = ENC_UTF8;
	} else if (got >= 2 && r->raw[0] == 0xFF && r->raw[1] == 0xFE) {
		skip = 2;
		r->enc = ENC_UTF16LE;
	} else if (got >= 2 && r->raw[0] == 0xFE && r->raw[1] == 0xFF) {
		skip = 2;
		r->enc = ENC_UTF16BE;
	} else if (!r->enc_forced) {
		const unsigned char *nul = memchr(r->raw, 0, got);
		if (nul) {
			hk_status s = fail_file(r, err, HK_EPARSE, 0, 0,
						"binary file (NUL byte at offset %zu): expected CSV text",
						(size_t)(nul - r->raw));
			hk_reader_close(r);
			return s;
		}
		size_t ok = hk_utf8_valid_prefix(r->raw, got, got == RAW_BLOCK);
		/* a UTF-8 file with one GBK name is UTF-8 (the name is then the
		 * error, at its line): two 3-byte UTF-8 characters before the
		 * first bad byte are no accident of GBK pairs */
		r->enc = ok == got || utf8_wide_chars(r->raw, ok) >= 2 ? ENC_UTF8 : ENC_GB18030;
	}
	memmove(r->raw, r->raw + skip, got - skip);
	r->raw_len = got - skip;
	if (r->enc != ENC_UTF8) {
		r->cd = hk_conv_open(r->enc == ENC_GB18030 ? "GB18030"
				     : r->enc == ENC_UTF16LE ? "UTF-16LE" : "UTF-16BE");
		if (!r->cd) {
			hk_status s = hk_fail(err, HK_EIO, "iconv cannot convert %s: %s",
					      enc_name[r->enc], strerror(errno));
			hk_reader_close(r);
			return s;
		}
	}
	if (!tbuf_room(r, 4 * r->raw_len + 16)) {
		hk_reader_close(r);
		return hk_fail(err, HK_ENOMEM, "out of memory");
	}
	{
		hk_status s = decode_raw(r, err);
		if (s != HK_OK) {
			hk_reader_close(r);
			return s;
		}
	}
	if (csv_init(&r->p, CSV_APPEND_NULL) != 0) {
		hk_reader_close(r);
		return hk_fail(err, HK_ENOMEM, "out of memory");
	}
	r->p_init = 1;
	*out = r;
	return HK_OK;
}

void hk_reader_close(hk_reader *r)
{
	size_t i;
	if (!r)
		return;
	if (r->p_init)
		csv_free(&r->p);
	if (r->cd)
		hk_conv_close(r->cd);
	if (r->own_fp && r->fp)
		fclose(r->fp);
	for (i = 0; i < r->nhdr; i++)
		free(r->hdr[i]);
	free(r->hdr);
	free(r->bind);
	free(r->tbuf);
	free(r->fieldp);
	free(r->qrec);
	free(r->qnf);
	free(r->qline);
	rb_free(&r->cur);
	rb_free(&r->q);
	free(r);
}

/* column (1-based field) of byte offset off within line s, counting
 * delimiters outside quotes */
static int col_of(const char *s, size_t off, int in_quotes)
{
	size_t i;
	int col = 1, q = in_quotes;
	for (i = 0; i < off; i++) {
		if (s[i] == '"')
			q = !q;
		else if (s[i] == ',' && !q)
			col++;
	}
	return col;
}

/* after libcsv took a line (or the end, csv_fini): bad, libcsv refused it
 * (at line); else what the callbacks failed on, if they did */
static hk_status parsed(hk_reader *r, int bad, long line, hk_err *err)
{
	if (bad)
		return fail_file(r, err, HK_EPARSE, line, 1, "malformed CSV (%s): expected RFC 4180 quoting",
				 csv_strerror(csv_error(&r->p)));
	if (r->failed) {
		*err = r->perr;
		return r->perr.code;
	}
	return HK_OK;
}

/* Feed lines to libcsv until at least one record is queued or input ends. */
static hk_status feed(hk_reader *r, hk_err *err)
{
	r->qn = r->qhead = 0;
	rb_clear(&r->q);
	while (r->qn == 0) {
		char *line, *nl;
		size_t len, avail, i;
		hk_status s;
		avail = r->tlen - r->tpos;
		nl = avail ? eol(r->tbuf + r->tpos, avail, r->eof) : NULL;
		if (!nl && !r->eof) {
			s = fill(r, err);
			if (s != HK_OK)
				return s;
			avail = r->tlen - r->tpos;
			nl = eol(r->tbuf + r->tpos, avail, r->eof);
		}
		if (!nl && avail > MAX_LINE)
			return fail_file(r, err, HK_EPARSE, r->line + 1, 1,
					 "line too long (over %d bytes): expected CSV lines under 1 MB",
					 MAX_LINE);
		if (avail == 0 && r->eof) {
			if (r->in_quotes)
				return fail_file(r, err, HK_EPARSE, r->quote_line, 1,
						 "file ends inside a quoted field: expected a closing \"");
			return parsed(r, csv_fini(&r->p, on_field, on_record, r) != 0, r->cur_line, err);
		}
		line = r->tbuf + r->tpos;
		len = nl ? (size_t)(nl - line) + 1 : avail;
		if (len > MAX_LINE)
			return fail_file(r, err, HK_EPARSE, r->line + 1, 1,
					 "line too long (%zu bytes): expected CSV lines under 1 MB", len);
		r->tpos += len;
		r->line++;
		if (memchr(line, '\0', len))
			return fail_file(r, err, HK_EPARSE, r->line,
					 col_of(line, (size_t)((char *)memchr(line, '\0', len) - line), r->in_quotes),
					 "NUL byte in text (binary data?): expected CSV text");
		if (r->enc == ENC_UTF8) {
			size_t ok = hk_utf8_valid_prefix((const unsigned char *)line, len, 0);
			if (ok != len)
				return fail_file(r, err, HK_EPARSE, r->line, col_of(line, ok, r->in_quotes),
						 "invalid UTF-8 byte (0x%02x): expected UTF-8 text "
						 "(for GBK files use --encoding gbk)",
						 (unsigned char)line[ok]);
		}
		if (!r->in_quotes) {
			/* comment lines: first non-blank character is '#' */
			for (i = 0; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
				;
			if (i < len && line[i] == '#')
				continue;
		}
		{
			int q0 = r->in_quotes;
			for (i = 0; i < len; i++)
				if (line[i] == '"') {
					r->in_quotes = !r->in_quotes;
					if (r->in_quotes && (i == 0 || line[i - 1] != '"'))
						r->quote_line = r->line;
					/* "A"x: libcsv would read on to the end of the file as
					 * one field; RFC 4180 wants a comma or the line's end */
					if (!r->in_quotes && i + 1 < len && !strchr(",\"\r\n \t", line[i + 1]))
						return fail_file(r, err, HK_EPARSE, r->line, col_of(line, i + 1, q0),
								 "text after a closing quote (%.*s): expected a "
								 "comma or the end of the line after a quoted field",
								 (int)strcspn(line + i + 1, ",\r\n"), line + i + 1);
				}
		}
		/* libcsv grows its field buffer by a fixed block (128 bytes): a long
		 * line gets it grown once, not once per 128 bytes (quadratic under
		 * a sanitizer's realloc, which always copies) */
		if (len > r->p.blk_size)
			csv_set_blk_size(&r->p, len + 1);
		if ((s = parsed(r, csv_parse(&r->p, line, len, on_field, on_record, r) != len, r->line, err)) != HK_OK)
			return s;
	}
	return HK_OK;
}

/* Pop the next queued record into the caller-visible slot: 1, 0 at end. */
static int next_raw(hk_reader *r, hk_err *err)
{
	size_t i;
	if (r->qhead >= r->qn) {
		if (feed(r, err) != HK_OK)
			return -1;
		if (r->qn == 0)
			return 0;
	}
	r->rec_first = r->qrec[r->qhead];
	r->rec_nf = r->qnf[r->qhead];
	r->rec_line = r->qline[r->qhead];
	r->qhead++;
	if (r->rec_nf > r->fieldp_cap) {
		char **np = realloc(r->fieldp, r->rec_nf * sizeof *np);
		if (!np) {
			hk_fail(err, HK_ENOMEM, "out of memory");
			return -1;
		}
		r->fieldp = np;
		r->fieldp_cap = r->rec_nf;
	}
	for (i = 0; i < r->rec_nf; i++) {
		char *f = r->q.text + r->q.off[r->rec_first + i];
		/* trim spaces and tabs around the field */
		size_t n;
		while (*f == ' ' || *f == '\t')
			f++;
		n = strlen(f);
		while (n > 0 && (f[n - 1] == ' ' || f[n - 1] == '\t' || f[n - 1] == '\r'))
			f[--n] = '\0';
		if (memchr(f, '\r', n)) { /* CRLF inside a quoted field → LF */
			size_t a, o = 0;
			for (a = 0; a < n; a++)
				if (!(f[a] == '\r' && f[a + 1] == '\n'))
					f[o++] = f[a];
			f[o] = '\0';
		}
		r->fieldp[i] = f;
	}
	return 1;
}

/* ---- header matching ---- */

void hk_header_fold(const char *in, char *out, size_t outsz)
{
	char tmp[512];
	size_t i, o = 0;
	int sep = 0;
	hk_fold(in, tmp, sizeof tmp, 0);
	for (i = 0; tmp[i] && o + 1 < outsz; i++) {
		char c = tmp[i];
		if (c == ' ' || c == '\t' || c == '_' || c == '-') {
			sep = 1;
			continue;
		}
		if (sep && o > 0)
			out[o++] = '_';
		sep = 0;
		if (o + 1 < outsz)
			out[o++] = c;
	}
	out[o] = '\0';
}

static int has_cjk(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	while (i < n) {
		unsigned cp;
		int k = hk_utf8_decode(u + i, n - i, &cp);
		if (k == 0)
			k = 1;
		else if (cp >= 0x4E00 && cp <= 0x9FFF)
			return 1;
		i += (size_t)k;
	}
	return 0;
}

static int re_match(pcre2_code *re, const char *s, size_t n)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc;
	if (!md)
		return 0;
	rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

/* Split a folded header into name and unit: "面积_(万m2)" → 面积, 万m2;
 * "area_[m2]" → area, m2; "load_rate_%" → load_rate, %. */
static pcre2_code *unit_re;

static int split_unit(const char *h, char *name, size_t nsz, char *unit, size_t usz)
{
	pcre2_match_data *md;
	int rc;
	if (!unit_re) {
		int ec;
		PCRE2_SIZE eo;
		unit_re = pcre2_compile((PCRE2_SPTR) "^(.+?)_?(?:\\(([^()]*)\\)|\\[([^\\[\\]]*)\\]|(%))$",
					PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec, &eo, NULL);
		if (!unit_re)
			return 0;
	}
	md = pcre2_match_data_create_from_pattern(unit_re, NULL);
	if (!md)
		return 0;
	rc = pcre2_match(unit_re, (PCRE2_SPTR)h, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL);
	if (rc > 1) {
		PCRE2_SIZE l;
		int g;
		pcre2_substring_copy_bynumber(md, 1, (PCRE2_UCHAR *)name, (l = nsz, &l));
		unit[0] = '\0';
		for (g = 2; g <= 4; g++) {
			l = usz;
			if (pcre2_substring_copy_bynumber(md, (uint32_t)g, (PCRE2_UCHAR *)unit, &l) == 0 && l > 0)
				break;
			unit[0] = '\0';
		}
		{ /* drop spaces and '_' inside the unit */
			size_t i, o = 0;
			for (i = 0; unit[i]; i++)
				if (unit[i] != '_')
					unit[o++] = unit[i];
			unit[o] = '\0';
		}
		/* trailing '_' of the name */
		l = strlen(name);
		while (l > 0 && name[l - 1] == '_')
			name[--l] = '\0';
		pcre2_match_data_free(md);
		return 1;
	}
	pcre2_match_data_free(md);
	return 0;
}

/* Does folded header h name spec? 1 yes (factor/offset set), 0 no,
 * -1 yes but with a unit not of the spec's dimension (unit copied). */
static int header_matches(pcre2_code *re, const hk_colspec *sp, const char *h, int pass,
			  struct binding *b, char *badunit, size_t bsz)
{
	char name[512], unit[128];
	const char *us;
	b->factor = 1;
	b->offset = 0;
	b->pct_header = 0;
	b->unit_given = 0;
	if (pass == 0 && split_unit(h, name, sizeof name, unit, sizeof unit)) {
		if (!re_match(re, name, strlen(name)))
			return 0;
		if (!hk_unit_lookup(sp->dim, unit, &b->factor, &b->offset)) {
			snprintf(badunit, bsz, "%s", unit);
			return -1;
		}
		b->pct_header = !strcmp(unit, "%");
		b->unit_given = 1;
		return 1;
	}
	if (pass == 0)
		return re_match(re, h, strlen(h));
	/* pass 1, for headers no spec named exactly: a unit suffix after an '_': "load_kw", "area_m2", "t_out_c", and
	 * "index_w_m2", "flow_m3_h" where '_' stands for '/' */
	if (sp->dim == HK_DIM_NONE)
		return 0;
	for (us = h + strlen(h); us > h; us--) {
		char u[128];
		size_t i;
		if (*us != '_' || !re_match(re, h, (size_t)(us - h)))
			continue;
		snprintf(u, sizeof u, "%s", us + 1);
		if (hk_unit_lookup(sp->dim, u, &b->factor, &b->offset)) {
			b->pct_header = !strcmp(u, "%");
			b->unit_given = 1;
			return 1;
		}
		for (i = 0; u[i]; i++)
			if (u[i] == '_')
				u[i] = '/';
		if (hk_unit_lookup(sp->dim, u, &b->factor, &b->offset)) {
			b->unit_given = 1;
			return 1;
		}
		/* not a unit: "power_basis" is another column, not power in "basis" */
	}
	(void)badunit;
	(void)bsz;
	return 0;
}

static void aliases_human(const char *aliases, char *out, size_t sz)
{
	size_t i, o = 0;
	for (i = 0; aliases[i] && o + 3 < sz; i++) {
		if (aliases[i] == '|') {
			out[o++] = ',';
			out[o++] = ' ';
		} else if (aliases[i] != '(' && aliases[i] != ')' && aliases[i] != '?' &&
			   aliases[i] != ':' && aliases[i] != '\\') {
			out[o++] = aliases[i];
		}
	}
	out[o] = '\0';
}

/* compile each spec's aliases into re[0..n), anchored and caseless */
static hk_status compile_specs(const hk_colspec *specs, size_t n, pcre2_code **re, hk_err *err)
{
	size_t j;
	for (j = 0; j < n; j++) {
		char pat[1024];
		int ec;
		PCRE2_SIZE eo;
		snprintf(pat, sizeof pat, "^(?:%s)$", specs[j].aliases);
		re[j] = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
				      PCRE2_UTF | PCRE2_CASELESS, &ec, &eo, NULL);
		if (!re[j])
			return hk_fail(err, HK_EINVAL, "bad alias pattern for %s", specs[j].key);
	}
	return HK_OK;
}

long hk_colspec_find(const hk_colspec *specs, size_t n, const char *header, double *factor,
		     double *offset)
{
	pcre2_code **re = calloc(n ? n : 1, sizeof *re);
	char f[512];
	long found = -1;
	int pass;
	size_t j;
	if (!re || compile_specs(specs, n, re, NULL) != HK_OK)
		goto out;
	hk_header_fold(header, f, sizeof f);
	for (pass = 0; pass < 2 && found < 0; pass++)
		for (j = 0; j < n && found < 0; j++) {
			struct binding b;
			char bad[128];
			if (header_matches(re[j], &specs[j], f, pass, &b, bad, sizeof bad) > 0) {
				found = (long)j;
				if (factor)
					*factor = b.factor;
				if (offset)
					*offset = b.offset;
			}
		}
out:
	for (j = 0; re && j < n; j++)
		pcre2_code_free(re[j]);
	free(re);
	return found;
}

static size_t first_empty(char *const *folded, size_t n)
{
	size_t i;
	for (i = 0; i < n && folded[i][0]; i++)
		;
	return i;
}

struct named { const char *name; size_t i; };
static int cmp_named(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The smallest index *dup whose name an earlier column has (*also: the
 * first of them), *dup = n when none: n log n by sorting the names with
 * their indices, so that 100 000 header fields take milliseconds, not
 * the half minute a pairwise comparison took (issue 18 #4). */
static hk_status first_duplicate(char *const *folded, size_t n, size_t *dup, size_t *also,
				 hk_err *err)
{
	struct named *v;
	size_t k;
	*dup = n;
	if (n < 2)
		return HK_OK;
	if (!(v = malloc(n * sizeof *v)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	for (k = 0; k < n; k++)
		v[k] = (struct named){folded[k], k};
	qsort(v, n, sizeof *v, cmp_named);
	/* within a run of one name the indices ascend: a run's second is its
	 * first repeat, and the first of the run the column it repeats */
	for (k = 1; k < n; k++)
		if (v[k].i < *dup && !strcmp(v[k - 1].name, v[k].name)) {
			*dup = v[k].i;
			*also = v[k - 1].i;
		}
	free(v);
	return HK_OK;
}

/* Binds each header column to the first spec it matches: pass 0 takes
 * exact names and bracketed units, pass 1 unit suffixes; a column named
 * with a unit no spec takes is an error naming the units expected. */
static hk_status match_headers(hk_reader *r, const hk_colspec *specs, size_t n,
			       char *const *folded, pcre2_code *const *re, hk_err *err)
{
	size_t i, j;
	int pass;
	hk_status st = HK_OK;
	char *taken = calloc(r->nhdr ? r->nhdr : 1, 1);

	if (!taken)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	for (j = 0; j < n; j++)
		r->bind[j].col = -1;
	/* pass 0: exact names and bracketed units; pass 1: unit suffixes */
	for (pass = 0; pass < 2; pass++)
	for (i = 0; i < r->nhdr; i++) {
		long badspec = -1; /* the first spec named with a unit not its own */
		char bad[128];
		if (taken[i])
			continue;
		for (j = 0; j < n; j++) {
			struct binding b;
			char u[128];
			int m = header_matches(re[j], &specs[j], folded[i], pass, &b, u, sizeof u);
			if (m == 0)
				continue;
			if (m < 0) {
				/* "ext(kW)": not ext_kwh's unit, but maybe ext_kw's */
				if (badspec < 0) {
					badspec = (long)j;
					snprintf(bad, sizeof bad, "%s", u);
				}
				continue;
			}
			if (r->bind[j].col >= 0) {
				st = fail_file(r, err, HK_EPARSE, r->rec_line, (int)i + 1,
					       "duplicate column (%s): column %ld (%s) is also %s",
					       r->hdr[i], r->bind[j].col + 1, r->hdr[r->bind[j].col],
					       specs[j].key);
				goto done;
			}
			b.col = (long)i;
			r->bind[j] = b;
			taken[i] = 1;
			break;
		}
		if (!taken[i] && badspec >= 0) {
			const hk_colspec *sp = &specs[badspec];
			if (!*hk_dim_units_list(sp->dim))
				st = fail_file(r, err, HK_EPARSE, r->rec_line, (int)i + 1,
					       "unexpected unit (%s) in column \"%s\": expected no unit "
					       "(%s is a plain number or text)", bad, r->hdr[i], sp->what);
			else
				st = fail_file(r, err, HK_EPARSE, r->rec_line, (int)i + 1,
					       "unknown unit (%s) in column \"%s\": expected one of %s",
					       bad, r->hdr[i], hk_dim_units_list(sp->dim));
			goto done;
		}
	}
done:
	free(taken);
	return st;
}

/* A required spec no column took: the error lists the headers found and
 * the names (and units) the spec accepts. */
static hk_status check_required(hk_reader *r, const hk_colspec *specs, size_t n,
				hk_err *err)
{
	size_t i, j;
	hk_status st;

	for (j = 0; j < n; j++) {
		if ((specs[j].flags & HK_REQUIRED) && r->bind[j].col < 0) {
			char found[600], acc[400];
			size_t o = 0;
			found[0] = '\0';
			for (i = 0; i < r->nhdr && o + 4 < sizeof found; i++)
				o += (size_t)snprintf(found + o, sizeof found - o, "%s%s",
						      i ? ", " : "", r->hdr[i]);
			aliases_human(specs[j].aliases, acc, sizeof acc);
			st = fail_file(r, err, HK_EPARSE, r->rec_line, 1,
				       "missing column %s (%s; headers found: %s): expected one of: %s%s%s%s",
				       specs[j].key, specs[j].what, found, acc,
				       specs[j].dim != HK_DIM_NONE ? " (optionally with a unit: " : "",
				       specs[j].dim != HK_DIM_NONE ? hk_dim_units_list(specs[j].dim) : "",
				       specs[j].dim != HK_DIM_NONE ? ")" : "");
			return st;
		}
	}
	return HK_OK;
}

hk_status hk_reader_bind(hk_reader *r, const hk_colspec *specs, size_t n, hk_err *err)
{
	size_t i, j;
	int rc;
	hk_status st = HK_OK;
	char **folded = NULL;
	pcre2_code **re = NULL;

	rc = next_raw(r, err);
	if (rc < 0)
		return err ? err->code : HK_EPARSE;
	if (rc == 0)
		return fail_file(r, err, HK_EPARSE, r->line > 0 ? r->line : 1, 1,
				 "no header row (only blank or comment lines): expected a header row");
	r->nhdr = r->rec_nf;
	r->hdr = calloc(r->nhdr, sizeof *r->hdr);
	folded = calloc(r->nhdr, sizeof *folded);
	r->bind = calloc(n ? n : 1, sizeof *r->bind);
	re = calloc(n ? n : 1, sizeof *re);
	if (!r->hdr || !folded || !r->bind || !re) {
		st = hk_fail(err, HK_ENOMEM, "out of memory");
		goto out;
	}
	r->specs = specs;
	r->nspecs = n;
	for (i = 0; i < r->nhdr; i++) {
		char f[512];
		r->hdr[i] = strdup(r->fieldp[i]);
		hk_header_fold(r->fieldp[i], f, sizeof f);
		folded[i] = strdup(f);
		if (!r->hdr[i] || !folded[i]) {
			st = hk_fail(err, HK_ENOMEM, "out of memory");
			goto out;
		}
		if (has_cjk(r->hdr[i]))
			r->chinese = 1;
	}
	{ /* the first column that is empty or repeats an earlier one */
		size_t e = first_empty(folded, r->nhdr), d = r->nhdr, also = 0;
		if ((st = first_duplicate(folded, r->nhdr, &d, &also, err)) != HK_OK)
			goto out;
		if (e < r->nhdr && e < d) {
			st = fail_file(r, err, HK_EPARSE, r->rec_line, (int)e + 1,
				       "empty column name: expected a name in every header field");
			goto out;
		}
		if (d < r->nhdr) {
			st = fail_file(r, err, HK_EPARSE, r->rec_line, (int)d + 1,
				       "duplicate column (%s): expected each column once "
				       "(also column %zu)", r->hdr[d], also + 1);
			goto out;
		}
	}
	if ((st = compile_specs(specs, n, re, err)) != HK_OK)
		goto out;
	if ((st = match_headers(r, specs, n, folded, re, err)) != HK_OK)
		goto out;
	st = check_required(r, specs, n, err);
out:
	if (folded)
		for (i = 0; i < r->nhdr; i++)
			free(folded[i]);
	free(folded);
	if (re)
		for (j = 0; j < n; j++)
			pcre2_code_free(re[j]);
	free(re);
	return st;
}

int hk_reader_next(hk_reader *r, hk_err *err)
{
	int rc = next_raw(r, err);
	if (rc <= 0)
		return rc;
	if (r->rec_nf != r->nhdr) {
		fail_file(r, err, HK_EPARSE, r->rec_line,
			  (int)(r->rec_nf < r->nhdr ? r->rec_nf : r->nhdr + 1),
			  "ragged row (%zu fields): expected %zu fields like the header",
			  r->rec_nf, r->nhdr);
		return -1;
	}
	return 1;
}

int hk_reader_has(const hk_reader *r, size_t spec)
{
	return spec < r->nspecs && r->bind[spec].col >= 0;
}

int hk_reader_unit_given(const hk_reader *r, size_t spec)
{
	return hk_reader_has(r, spec) && r->bind[spec].unit_given;
}

long hk_reader_col(const hk_reader *r, size_t spec)
{
	return spec < r->nspecs ? r->bind[spec].col : -1;
}

const char *hk_reader_text(const hk_reader *r, size_t spec)
{
	if (!hk_reader_has(r, spec))
		return NULL;
	return r->fieldp[r->bind[spec].col];
}

hk_status hk_reader_fail(const hk_reader *r, size_t spec, hk_err *err,
			 const char *fmt, ...)
{
	char msg[900];
	va_list ap;
	long col = spec < r->nspecs ? r->bind[spec].col : -1;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return hk_fail_at(err, HK_EINVAL, r->name, r->rec_line, (int)(col + 1), "%s", msg);
}

hk_status hk_reader_num(const hk_reader *r, size_t spec, double *out, hk_err *err)
{
	const hk_colspec *sp = &r->specs[spec];
	const struct binding *b = &r->bind[spec];
	const char *t = hk_reader_text(r, spec);
	const char *unit = hk_dim_unit(sp->dim);
	double v;
	int pct = 0;
	if (!t || !*t) {
		if (sp->flags & HK_REQUIRED)
			return hk_reader_fail(r, spec, err, "empty %s (\"\"): expected %s%s%s",
					      sp->key, sp->what, *unit ? " in " : "", unit);
		return HK_ENOTFOUND;
	}
	if (hk_parse_number(t, &v, &pct) != HK_OK)
		return hk_reader_fail(r, spec, err, "%s is not a number (%s): expected %s%s%s",
				      sp->key, t, sp->what, *unit ? " in " : "", unit);
	if (pct && sp->dim != HK_DIM_FRACTION)
		return hk_reader_fail(r, spec, err, "%s has a %% sign (%s): expected %s%s%s",
				      sp->key, t, sp->what, *unit ? " in " : "", unit);
	if (!(pct && b->pct_header))
		v = v * b->factor + b->offset;
	/* a whole number stays inside int, so a reader may convert it (a month
	 * of 1e300 was converted out of range, issue 18 #3) */
	if ((sp->flags & HK_INTEGER) && !(fabs(v) <= 1e9))
		return hk_reader_fail(r, spec, err, "%s is out of range (%s): expected %s, a whole "
				      "number of at most 1e9", sp->key, t, sp->what);
	if ((sp->flags & HK_INTEGER) && v != floor(v))
		return hk_reader_fail(r, spec, err, "%s is not a whole number (%s): expected %s",
				      sp->key, t, sp->what);
	if ((sp->flags & HK_POSITIVE) && !(v > 0))
		return hk_reader_fail(r, spec, err, "%s must be positive (%s): expected %s > 0%s%s",
				      sp->key, t, sp->what, *unit ? " " : "", unit);
	if ((sp->flags & HK_NONNEG) && v < 0)
		return hk_reader_fail(r, spec, err, "%s is negative (%s): expected %s >= 0%s%s",
				      sp->key, t, sp->what, *unit ? " " : "", unit);
	/* a share of a whole: 150 %% of the design load is a slip, not a day
	 * (issue 18) */
	if ((sp->flags & HK_AT_MOST1) && v > 1)
		return hk_reader_fail(r, spec, err, "%s above 100 %% (%s): expected %s, at most 1 (100 %%)",
				      sp->key, t, sp->what);
	*out = v;
	return HK_OK;
}

hk_status hk_reader_unit(const hk_reader *r, size_t spec, hk_dim d, double *factor,
			double *offset, hk_err *err)
{
	const char *t = hk_reader_text(r, spec);
	char f[128];
	if (!t || !*t)
		return HK_ENOTFOUND;
	hk_fold(t, f, sizeof f, 1);
	if (!hk_unit_lookup(d, f, factor, offset))
		return hk_reader_fail(r, spec, err, "unknown unit (%s): expected one of %s", t,
				      *hk_dim_units_list(d) ? hk_dim_units_list(d) : "(none: leave it empty)");
	return HK_OK;
}

size_t hk_reader_ncols(const hk_reader *r) { return r->nhdr; }
const char *hk_reader_header(const hk_reader *r, size_t col) { return col < r->nhdr ? r->hdr[col] : NULL; }
const char *hk_reader_field(const hk_reader *r, size_t col) { return col < r->rec_nf ? r->fieldp[col] : NULL; }
const char *hk_reader_name(const hk_reader *r) { return r->name; }
long hk_reader_line(const hk_reader *r) { return r->rec_line; }
hk_status hk_reader_locate(const hk_reader *r, size_t spec, hk_err *err)
{
	long col = spec < r->nspecs ? r->bind[spec].col : -1;
	return hk_err_locate(err, HK_EINVAL, r->name, r->rec_line, (int)(col + 1));
}
const char *hk_reader_encoding(const hk_reader *r) { return enc_name[r->enc]; }
int hk_reader_chinese(const hk_reader *r) { return r->chinese; }
