/* opt.c - declarative options, help and man pages (see opt.h). */
#include "opt.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "text.h"
#include "units.h"

static hk_common *cur_common; /* the parse in progress */
static char **parse_out;      /* its positional array */
static hk_common dummy_common;

/* --csv-encoding, in the order of hk_csv_enc (output.h) from HK_CSV_UTF8 */
static const char *const csv_encodings[] = {"utf8", "utf8-bom", "gbk", NULL};

const hk_option hk_common_options[] = {
	HK_OPT_STR_('o', "output", &dummy_common.output, "FILE",
		    "write to FILE: .csv (CSV) or .xlsx (workbook with every table as a sheet); "
		    "written to a temporary name and renamed, so a failed run leaves nothing",
		    "standard output, CSV"),
	HK_OPT_BOOL_(0, "summary", &dummy_common.summary,
		     "print the summary table (key,value,unit,label,source) instead of the main table"),
	HK_OPT_LIST_(0, "check", &dummy_common.checks, "EXPR",
		     "design-rule gate on summary keys, e.g. 'units<=40 && cop_design>=2'; "
		     "exit 1 naming the failed rule (repeatable)"),
	HK_OPT_STR_(0, "encoding", &dummy_common.encoding, "ENC",
		    "input encoding: auto, utf-8, gbk, gb18030, utf-16", "auto (BOM, then UTF-8, else GB18030)"),
	{HK_OPT_STRING, 0, "csv-encoding", &dummy_common.csv_encoding, NULL,
	 "how CSV output is encoded: utf8; utf8-bom, UTF-8 with a byte-order mark, which Excel "
	 "(and WPS) open directly on any Windows; gbk, the code page Excel on Chinese Windows reads a "
	 "CSV without a BOM in (a few symbols GBK lacks are spelled plainly, m² as m2 and − as -; any other is an "
	 "error naming it).  heatkit reads all three back",
	 NULL,
	 "$HEATKIT_CSV_ENCODING when set, else on Linux utf8 (pipes, awk and python read plain "
	 "UTF-8, and a BOM would stick to the first column's name), on Windows utf8-bom into a "
	 "file (Excel on Chinese Windows reads a CSV without a BOM as GBK and garbles UTF-8) and "
	 "utf8 into a pipe",
	 0, 0, NULL, NULL, csv_encodings, 0, 0},
	HK_OPT_BOOL_(0, "bom", &dummy_common.bom, "the same as --csv-encoding utf8-bom (--no-bom: utf8)"),
	HK_OPT_STR_(0, "lang", &dummy_common.lang, "zh|en",
		    "language of labels in the summary and XLSX headers",
		    "zh when the input headers are Chinese, else en"),
	HK_OPT_END_,
};

void hk_strlist_free(hk_strlist *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static void strlist_push(hk_strlist *l, const char *s)
{
	if (l->n == l->cap) {
		size_t nc = l->cap ? 2 * l->cap : 4;
		const char **nv = realloc(l->v, nc * sizeof *nv);
		if (!nv)
			hk_die(HK_EXIT_INPUT, "out of memory");
		l->v = nv;
		l->cap = nc;
	}
	l->v[l->n++] = s;
}

/* the common table's value pointers refer to dummy_common, a command's
 * to its opt_proto; redirect to the structs being filled */
static void *common_target(const hk_option *o)
{
	char *base = (char *)&dummy_common;
	char *p = (char *)o->value;
	const char *pb = cur_common->opt_proto;
	if (p >= base && p < base + sizeof dummy_common)
		return (char *)cur_common + (p - base);
	if (pb && p >= pb && p < pb + cur_common->opt_size)
		return (char *)cur_common->opts + (p - pb);
	return p;
}

static const hk_option *find_long(const hk_option *tab, const char *name, size_t len)
{
	for (; tab && tab->type != HK_OPT_END; tab++)
		if (tab->long_name && strlen(tab->long_name) == len &&
		    !strncmp(tab->long_name, name, len))
			return tab;
	return NULL;
}

static const hk_option *find_short(const hk_option *tab, char c)
{
	for (; tab && tab->type != HK_OPT_END; tab++)
		if (tab->short_name && tab->short_name == c)
			return tab;
	return NULL;
}

static void unknown_option(const hk_cmdinfo *ci, const char *arg)
{
	const char *names[256];
	size_t n = 0, best[3], k, i;
	const hk_option *tabs[2];
	char word[128];
	size_t wl = strcspn(arg + 2, "=");
	snprintf(word, sizeof word, "%.*s", (int)wl, arg + 2);
	tabs[0] = ci->options;
	tabs[1] = (ci->flags & HK_CMD_NO_COMMON) ? NULL : hk_common_options;
	for (i = 0; i < 2; i++) {
		const hk_option *o;
		for (o = tabs[i]; o && o->type != HK_OPT_END && n < 256; o++)
			if (o->long_name)
				names[n++] = o->long_name;
	}
	names[n++] = "help";
	k = arg[1] == '-' ? hk_suggest(word, names, n, best, 1) : 0;
	if (k)
		hk_die(HK_EXIT_INPUT, "unknown option '%s' for 'heatkit %s'; did you mean '--%s'? "
		       "(see heatkit %s --help)", arg, ci->name, names[best[0]], ci->name);
	hk_die(HK_EXIT_INPUT, "unknown option '%s' for 'heatkit %s' (see heatkit %s --help)",
	       arg, ci->name, ci->name);
}

/* "a|b|c" of a choice option */
static void choice_list(const hk_option *o, const char *sep, char *buf, size_t sz)
{
	size_t k, n = 0;
	buf[0] = '\0';
	for (k = 0; o->choices[k] && n < sz; k++)
		n += (size_t)snprintf(buf + n, sz - n, "%s%s", k ? sep : "", o->choices[k]);
}

/* Store every default of a table before argv is read. */
static void set_defaults(const hk_option *o)
{
	for (; o && o->type != HK_OPT_END; o++) {
		void *t = common_target(o);
		if (!o->has_def)
			continue;
		if (o->type == HK_OPT_NUM)
			*(double *)t = o->defval;
		else if (o->type == HK_OPT_INT)
			*(int *)t = (int)o->defval;
		else if (o->type == HK_OPT_STRING)
			*(const char **)t = o->defstr;
	}
}

static void note_given(const hk_option *o)
{
	hk_common *c = cur_common;
	const void *t = common_target(o);
	size_t i;
	for (i = 0; i < c->ngiven; i++)
		if (c->given[i] == t)
			return;
	if (c->ngiven >= sizeof c->given / sizeof c->given[0])
		return;
	c->given[c->ngiven] = t;
	if (o->long_name)
		snprintf(c->given_src[c->ngiven], sizeof c->given_src[0], "--%s", o->long_name);
	else
		snprintf(c->given_src[c->ngiven], sizeof c->given_src[0], "-%c", o->short_name);
	c->ngiven++;
}

int hk_opt_choice(const char *const *choices, const char *value)
{
	int k;
	for (k = 0; value && choices[k]; k++)
		if (!strcmp(choices[k], value))
			return k;
	return -1;
}

int hk_opt_given(const hk_common *c, const void *value)
{
	size_t i;
	for (i = 0; i < c->ngiven; i++)
		if (c->given[i] == value)
			return 1;
	return 0;
}

/* what the option table points at for value: the proto's field for a
 * pointer into the caller's options struct, else value itself */
static const void *table_ptr(const hk_common *c, const void *value)
{
	const char *v = value, *ob = c->opts;
	if (ob && c->opt_proto && v >= ob && v < ob + c->opt_size)
		return (const char *)c->opt_proto + (v - ob);
	return value;
}

/* The default of o in the one wording (opt.h, hk_opt_src) into buf; ""
 * when the table says nothing of it. */
static const char *default_phrase(const hk_option *o, char *buf, size_t sz)
{
	const char *text = o->def ? o->def : o->src;
	if (o->has_def && o->type == HK_OPT_STRING)
		snprintf(buf, sz, "default %s%s%s", o->defstr, o->src ? ": " : "", o->src ? o->src : "");
	else if (o->has_def)
		snprintf(buf, sz, "default %g%s%s%s%s", o->defval, o->unit ? " " : "", o->unit ? o->unit : "",
			 o->src ? ": " : "", o->src ? o->src : "");
	else
		snprintf(buf, sz, "%s%s", text ? "default: " : "", text ? text : "");
	return buf;
}

const char *hk_opt_src(const hk_common *c, const hk_cmdinfo *ci, const void *value, char *buf,
		       size_t sz)
{
	const hk_option *o;
	const void *t = table_ptr(c, value);
	size_t i;
	for (i = 0; i < c->ngiven; i++)
		if (c->given[i] == value) {
			snprintf(buf, sz, "%s", c->given_src[i]);
			return buf;
		}
	for (o = ci->options; o && o->type != HK_OPT_END && o->value != t; o++)
		;
	if (!o || o->type == HK_OPT_END || !*default_phrase(o, buf, sz))
		snprintf(buf, sz, "default");
	return buf;
}

/* The dimension of o's unit, and the factor and offset from the option's
 * unit to that dimension's internal one; HK_DIM_NONE for a pure number.
 * An option without a unit whose argument says FRAC or RATE is a
 * fraction (unit "1"). */
static hk_dim opt_dim(const hk_option *o, double *f, double *off)
{
	hk_dim d = HK_DIM_NONE;
	*f = 1;
	*off = 0;
	if (o->unit) {
		if (!hk_unit_find(o->unit, &d, f, off))
			d = HK_DIM_NONE;
	} else if (o->argh && (!strcmp(o->argh, "FRAC") || !strcmp(o->argh, "RATE"))) {
		d = HK_DIM_FRACTION;
	}
	return d;
}

/* Die when v (in o's unit) is outside o's plausible range; when the bare
 * number typed would be in range read in another unit of the dimension,
 * say so (the likely slip): "--rho-c: 2.052e6 looks like J/m3K: give
 * 2.052, or 2.052e6J/m3K". */
static void opt_range(const hk_option *o, const char *shown, const char *val, double v, int suffixed)
{
	const char *u = o->unit ? o->unit : "";
	double f, off, fu, ou;
	const char *name;
	hk_dim d;
	size_t i;
	if (!(o->hi > o->lo) || (v >= o->lo && v <= o->hi))
		return;
	d = opt_dim(o, &f, &off);
	for (i = 0; !suffixed && d != HK_DIM_NONE && hk_unit_nth(d, i, &name, &fu, &ou); i++) {
		double w = (v * fu + ou - off) / f; /* v read in unit i, in o's unit */
		if (w >= o->lo && w <= o->hi && fabs(w - v) > 1e-9 * fabs(v))
			hk_die(HK_EXIT_INPUT, "%s: %s looks like %s: give %.6g, or %s%s (expected %g to %g%s%s)",
			       shown, val, name, w, val, name, o->lo, o->hi, *u ? " " : "", u);
	}
	hk_die(HK_EXIT_INPUT, "%s (%s): expected %g to %g%s%s%s%s", shown, val, o->lo, o->hi, *u ? " " : "", u,
	       o->help ? ", a plausible " : "", o->help ? o->help : "");
}

/* A number option's value in its unit: a plain number, or a number with a
 * unit of the option's dimension ("2.052e6J/m3K", "50%" for a fraction),
 * converted as the table reader converts a header's unit; then checked
 * against the plausible range.  Dies on anything else. */
static double opt_number(const hk_option *o, const char *shown, const char *val)
{
	const char *u = o->unit ? o->unit : "";
	double v, f, off, fs, os;
	int pct = 0;
	char num[128], suf[64];
	hk_dim d = opt_dim(o, &f, &off);
	suf[0] = '\0';
	if (hk_parse_number(val, &v, &pct) == HK_OK) {
		if (pct) {
			v *= 100;
			snprintf(suf, sizeof suf, "%%");
		}
	} else {
		char *end;
		size_t n;
		(void)strtod(val, &end); /* the number's end; what follows is its unit */
		n = (size_t)(end - val);
		while (*end == ' ')
			end++;
		if (n == 0 || n >= sizeof num || !*end || strlen(end) >= sizeof suf)
			hk_die(HK_EXIT_INPUT, "%s (%s): expected a number%s%s", shown, val, *u ? " in " : "", u);
		snprintf(num, sizeof num, "%.*s", (int)n, val);
		snprintf(suf, sizeof suf, "%s", end);
		if (hk_parse_number(num, &v, &pct) != HK_OK || pct)
			hk_die(HK_EXIT_INPUT, "%s (%s): expected a number%s%s", shown, val, *u ? " in " : "", u);
	}
	if (suf[0]) {
		char folded[64];
		hk_fold(suf, folded, sizeof folded, 1);
		if (d != HK_DIM_FRACTION && !strcmp(folded, "%"))
			hk_die(HK_EXIT_INPUT, "%s (%s): a percent sign is only for a fraction: expected a plain "
			       "number%s%s", shown, val, *u ? " in " : "", u);
		if (d == HK_DIM_NONE)
			hk_die(HK_EXIT_INPUT, "%s (%s): expected a plain number%s%s, no unit", shown, val,
			       *u ? " in " : "", u);
		if (!hk_unit_lookup(d, folded, &fs, &os))
			hk_die(HK_EXIT_INPUT, "%s (%s): '%s' is not a unit of %s: expected one of %s", shown, val,
			       suf, *u ? u : "a fraction", hk_dim_units_list(d));
		v = (v * fs + os - off) / f;
	}
	if (!isfinite(v))
		hk_die(HK_EXIT_INPUT, "%s (%s): expected a finite number%s%s", shown, val, *u ? " in " : "", u);
	opt_range(o, shown, val, v, suf[0] != '\0');
	return v;
}

static void set_value(const hk_cmdinfo *ci, const hk_option *o, const char *val, int negate)
{
	void *t = common_target(o);
	char shown[80];
	if (o->long_name)
		snprintf(shown, sizeof shown, "--%s", o->long_name);
	else
		snprintf(shown, sizeof shown, "-%c", o->short_name);
	(void)ci;
	note_given(o);
	switch (o->type) {
	case HK_OPT_BOOL:
		*(int *)t = !negate;
		break;
	case HK_OPT_STRING:
		if (o->choices) {
			size_t k;
			char list[256];
			/* any case ("l3", "GB50736-1"); the choice as the table spells it is stored */
			for (k = 0; o->choices[k] && strcasecmp(o->choices[k], val); k++)
				;
			choice_list(o, ", ", list, sizeof list);
			if (!o->choices[k])
				hk_die(HK_EXIT_INPUT, "%s (%s): expected one of %s", shown, val, list);
			val = o->choices[k];
		}
		*(const char **)t = val;
		break;
	case HK_OPT_LIST:
		strlist_push((hk_strlist *)t, val);
		break;
	case HK_OPT_NUM:
		*(double *)t = opt_number(o, shown, val);
		break;
	case HK_OPT_INT: {
		double v;
		int pct = 0;
		if (hk_parse_number(val, &v, &pct) != HK_OK || pct || !(fabs(v) <= INT_MAX) || v != (double)(int)v)
			hk_die(HK_EXIT_INPUT, "%s (%s): expected a whole number", shown, val);
		opt_range(o, shown, val, v, 0);
		*(int *)t = (int)v;
		break;
	}
	default:
		break;
	}
}

/* The CSV output encoding (hk_csv_enc) of the common options:
 * --csv-encoding, else --bom / --no-bom, else $HEATKIT_CSV_ENCODING, else
 * 0 (HK_CSV_AUTO, the platform's default: platform.h hk_csv_bom_default). */
static int csv_encoding(const hk_common *c)
{
	const char *env = getenv("HEATKIT_CSV_ENCODING");
	int k, bom_given = hk_opt_given(c, &c->bom);
	if (c->csv_encoding) {
		k = hk_opt_choice(csv_encodings, c->csv_encoding);
		if (bom_given && (k == 1) != (c->bom != 0))
			hk_die(HK_EXIT_INPUT, "--%sbom and --csv-encoding %s disagree: expected one of them "
			       "(--bom is --csv-encoding utf8-bom)", c->bom ? "" : "no-", c->csv_encoding);
		return k + 1;
	}
	if (bom_given)
		return c->bom ? 2 : 1;
	if (env && *env) {
		for (k = 0; csv_encodings[k] && strcasecmp(csv_encodings[k], env); k++)
			;
		if (!csv_encodings[k])
			hk_die(HK_EXIT_INPUT, "HEATKIT_CSV_ENCODING (%s): expected one of utf8, utf8-bom, gbk "
			       "(or unset: the platform's default)", env);
		return k + 1;
	}
	return 0;
}

int hk_parse_options(int argc, char **argv, const hk_cmdinfo *ci, hk_common *common,
		     char ***args)
{
	return hk_parse_options_to(argc, argv, ci, NULL, common, args);
}

int hk_parse_options_to(int argc, char **argv, const hk_cmdinfo *ci, void *opts,
			hk_common *common, char ***args)
{
	int i, nargs = 0, only_args = 0;
	const hk_option *common_tab = (ci->flags & HK_CMD_NO_COMMON) ? NULL : hk_common_options;
	char **out = calloc((size_t)argc + 1, sizeof *out);
	if (!out)
		hk_die(HK_EXIT_INPUT, "out of memory");
	parse_out = out; /* reachable if a usage error exits before the caller frees it */
	memset(common, 0, sizeof *common);
	if (ci->opt_proto) {
		if (!opts)
			hk_die(HK_EXIT_INPUT, "heatkit %s: internal error: options need their struct", ci->name);
		memcpy(opts, ci->opt_proto, ci->opt_size);
		common->opts = opts;
		common->opt_proto = ci->opt_proto;
		common->opt_size = ci->opt_size;
	}
	cur_common = common;
	set_defaults(ci->options);
	for (i = 1; i < argc; i++) {
		char *a = argv[i];
		const hk_option *o;
		const char *val = NULL;
		int negate = 0;
		if (only_args || a[0] != '-' || !strcmp(a, "-")) {
			out[nargs++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = 1;
			continue;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			hk_print_help(ci);
			free(out);
			exit(0);
		}
		if (!strcmp(a, "--help=options")) { /* for shell completion */
			const hk_option *tabs[2] = {ci->options, common_tab};
			int k;
			for (k = 0; k < 2; k++) {
				const hk_option *x;
				for (x = tabs[k]; x && x->type != HK_OPT_END; x++)
					if (x->long_name)
						printf("--%s%s\n", x->long_name, x->type == HK_OPT_BOOL ? "" : "=");
			}
			printf("--help\n");
			free(out);
			exit(0);
		}
		if (!strcmp(a, "--help=man")) {
			hk_print_man(ci);
			free(out);
			exit(0);
		}
		if (a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			o = find_long(ci->options, name, len);
			if (!o)
				o = find_long(common_tab, name, len);
			if (!o && len > 3 && !strncmp(name, "no-", 3)) {
				o = find_long(ci->options, name + 3, len - 3);
				if (!o)
					o = find_long(common_tab, name + 3, len - 3);
				if (o && o->type == HK_OPT_BOOL)
					negate = 1;
				else
					o = NULL;
			}
			if (!o)
				unknown_option(ci, a);
			if (eq)
				val = eq + 1;
		} else {
			o = find_short(ci->options, a[1]);
			if (!o)
				o = find_short(common_tab, a[1]);
			if (!o)
				unknown_option(ci, a);
			if (a[2])
				val = a + 2;
		}
		if (o->type == HK_OPT_BOOL) {
			if (val)
				hk_die(HK_EXIT_INPUT, "option '--%s' takes no value", o->long_name);
		} else if (!val) {
			if (i + 1 >= argc)
				hk_die(HK_EXIT_INPUT, "option '%s' needs a value (%s)", a,
				       o->argh ? o->argh : "VALUE");
			val = argv[++i];
		}
		set_value(ci, o, val, negate);
	}
	if (common->lang && strcmp(common->lang, "zh") && strcmp(common->lang, "en"))
		hk_die(HK_EXIT_INPUT, "--lang (%s): expected zh or en", common->lang);
	if (common_tab)
		common->csv_enc = csv_encoding(common);
	*args = out;
	return nargs;
}

/* ---- help ---- */

static void opt_left(const hk_option *o, char *buf, size_t sz)
{
	char ch[128];
	const char *argh = o->argh;
	if (o->choices) {
		choice_list(o, "|", ch, sizeof ch);
		argh = ch;
	}
	if (o->short_name && o->long_name)
		snprintf(buf, sz, "-%c, --%s%s%s", o->short_name, o->long_name,
			 argh ? " " : "", argh ? argh : "");
	else if (o->long_name)
		snprintf(buf, sz, "    --%s%s%s", o->long_name, argh ? " " : "", argh ? argh : "");
	else
		snprintf(buf, sz, "-%c%s%s", o->short_name, argh ? " " : "", argh ? argh : "");
}

/* "W/mK", "W/mK, 0.2 to 10" or "1 to 20": the unit and plausible range */
static const char *unit_range(const hk_option *o, char *buf, size_t sz)
{
	const char *u = o->unit ? o->unit : "";
	if (o->hi > o->lo)
		snprintf(buf, sz, "%s%s%g to %g", u, *u ? ", " : "", o->lo, o->hi);
	else
		snprintf(buf, sz, "%s", u);
	return buf;
}

static void print_opts(const hk_option *o)
{
	for (; o && o->type != HK_OPT_END; o++) {
		char left[128];
		if (o->type == HK_OPT_GROUP) {
			printf("\n%s\n", o->help);
			continue;
		}
		char dbuf[1024], rbuf[128];
		const char *dt = default_phrase(o, dbuf, sizeof dbuf);
		opt_left(o, left, sizeof left);
		printf("  %-26s %s", left, o->help);
		if (o->unit || o->hi > o->lo)
			printf(" [%s]", unit_range(o, rbuf, sizeof rbuf));
		if (*dt)
			printf(" (%s)", dt);
		putchar('\n');
	}
}

void hk_print_help(const hk_cmdinfo *ci)
{
	const char *const *u;
	int first = 1;
	for (u = ci->usage; u && *u; u++, first = 0)
		printf("%s heatkit %s %s\n", first ? "usage:" : "   or:", ci->name, *u);
	printf("\n%s\n", ci->summary);
	if (ci->description)
		printf("\n%s\n", ci->description);
	if (ci->input)
		printf("\nInput:\n%s\n", ci->input);
	if (ci->output)
		printf("\nOutput:\n%s\n", ci->output);
	printf("\nOptions:\n");
	print_opts(ci->options);
	if (!(ci->flags & HK_CMD_NO_COMMON)) {
		printf("\nCommon options:\n");
		print_opts(hk_common_options);
	}
	printf("  %-26s %s\n", "-h, --help", "show this help (--help=man: the man page source)");
	if (ci->examples && ci->examples[0]) {
		const char *const *e;
		printf("\nExamples:\n");
		for (e = ci->examples; e[0] && e[1]; e += 2)
			printf("  # %s\n  %s\n\n", e[0], e[1]);
	}
	printf("Exit status: 0 ok, 1 a --check rule failed, 2 bad input or usage.\n");
}

/* roff-escape: backslash, leading dot/quote, hyphen-minus in options */
static void roff(const char *s)
{
	int bol = 1;
	for (; *s; s++) {
		if (bol && (*s == '.' || *s == '\''))
			fputs("\\&", stdout);
		bol = 0;
		if (*s == '\\')
			fputs("\\e", stdout);
		else if (*s == '-')
			fputs("\\-", stdout);
		else {
			putchar(*s);
			if (*s == '\n')
				bol = 1;
		}
	}
}

static void man_opts(const hk_option *o)
{
	for (; o && o->type != HK_OPT_END; o++) {
		char left[128];
		if (o->type == HK_OPT_GROUP) {
			printf(".SS ");
			roff(o->help);
			putchar('\n');
			continue;
		}
		opt_left(o, left, sizeof left);
		printf(".TP\n.B ");
		{
			const char *l = left;
			while (*l == ' ')
				l++;
			roff(l);
		}
		putchar('\n');
		roff(o->help);
		if (o->unit || o->hi > o->lo) {
			char rbuf[128];
			printf(" [");
			roff(unit_range(o, rbuf, sizeof rbuf));
			printf("]");
		}
		{
			char dbuf[1024];
			const char *dt = default_phrase(o, dbuf, sizeof dbuf);
			if (*dt) {
				printf(" (");
				roff(dt);
				printf(")");
			}
		}
		putchar('\n');
	}
}

static void man_para(const char *text)
{
	const char *p = text;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char line[1024];
		snprintf(line, sizeof line, "%.*s", (int)n, p);
		if (n == 0)
			printf(".PP\n");
		else if (line[0] == ' ') {
			printf(".br\n\\ \\ ");
			roff(line);
			putchar('\n');
		} else {
			roff(line);
			putchar('\n');
		}
		p += n + (nl ? 1 : 0);
	}
}

void hk_print_man(const hk_cmdinfo *ci)
{
	const char *const *u;
	char up[64];
	size_t i;
	for (i = 0; ci->name[i] && i < sizeof up - 1; i++)
		up[i] = (char)(ci->name[i] >= 'a' && ci->name[i] <= 'z' ? ci->name[i] - 32 : ci->name[i]);
	up[i] = '\0';
	printf(".\\\" generated by: heatkit %s --help=man (do not edit; run make man)\n", ci->name);
	printf(".TH HEATKIT\\-%s 1 \"\" \"heatkit %s\" \"heatkit manual\"\n", up, HK_VERSION);
	printf(".SH NAME\nheatkit\\-%s \\- ", ci->name);
	roff(ci->summary);
	printf("\n.SH SYNOPSIS\n");
	for (u = ci->usage; u && *u; u++) {
		printf(".B heatkit %s\n", ci->name);
		roff(*u);
		printf("\n.br\n");
	}
	if (ci->description) {
		printf(".SH DESCRIPTION\n");
		man_para(ci->description);
	}
	if (ci->input) {
		printf(".SH INPUT\n.nf\n");
		roff(ci->input);
		printf("\n.fi\n");
	}
	if (ci->output) {
		printf(".SH OUTPUT\n.nf\n");
		roff(ci->output);
		printf("\n.fi\n");
	}
	printf(".SH OPTIONS\n");
	man_opts(ci->options);
	if (!(ci->flags & HK_CMD_NO_COMMON)) {
		printf(".SS Common options\n");
		man_opts(hk_common_options);
	}
	if (ci->examples && ci->examples[0]) {
		const char *const *e;
		printf(".SH EXAMPLES\n");
		for (e = ci->examples; e[0] && e[1]; e += 2) {
			roff(e[0]);
			printf(":\n.PP\n.nf\n.RS\n");
			roff(e[1]);
			printf("\n.RE\n.fi\n.PP\n");
		}
	}
	printf(".SH EXIT STATUS\n0 success; 1 a \\-\\-check rule failed; 2 bad input, bad usage or an I/O error.\n");
	printf(".SH SEE ALSO\n.BR heatkit (1)\n");
}
