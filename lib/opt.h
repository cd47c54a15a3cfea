/*
 * opt.h - command-line options as data (git's parse-options, curl's
 * one-source options).  A command declares an hk_cmdinfo: usage lines, a
 * description, its input and output, examples and an option table.  From
 * that one declaration come the parser, `--help`, the man page
 * (`--help=man`, committed under man/) and "did you mean" suggestions.
 *
 * This is command-line layer code: on a usage error it prints through
 * diag.h and exits 2; `--help` prints to stdout and exits 0.
 */
#ifndef HK_OPT_H
#define HK_OPT_H

#include <stddef.h>

typedef enum {
	HK_OPT_END,
	HK_OPT_BOOL,   /* int *: set to 1 (--no-NAME sets 0) */
	HK_OPT_STRING, /* const char **   */
	HK_OPT_NUM,    /* double *        */
	HK_OPT_INT,    /* int *           */
	HK_OPT_LIST,   /* hk_strlist *: repeatable */
	HK_OPT_GROUP,  /* a heading in --help */
} hk_opttype;

typedef struct hk_strlist {
	const char **v;
	size_t n, cap;
} hk_strlist;
void hk_strlist_free(hk_strlist *l);

typedef struct hk_option {
	hk_opttype type;
	char short_name;       /* 0 = none */
	const char *long_name; /* without "--" */
	const void *value;     /* where the value goes (or, for a command with
				* opt_proto, where it goes in that struct) */
	const char *argh;      /* "FILE", "KW", ...; NULL for a choice: a|b */
	const char *help;      /* one line */
	const char *unit;      /* shown as [unit]; a value may carry any unit
				* of that unit's dimension ("2.052e6J/m3K",
				* units.h hk_unit_find); a fraction (unit "%",
				* or none with argh FRAC or RATE) alone takes % */
	const char *def;       /* a default that is not one value ("the
				* largest heat_load_kw of the profile"),
				* shown in help */
	/* Defaults as data (HK_OPT_NUMD_, HK_OPT_INTD_, HK_OPT_CHOICE_): the
	 * parser stores the default before it reads argv; help and a
	 * summary say it in one wording, hk_opt_src(): "default V UNIT:
	 * SOURCE", or "--NAME" when the option was given. */
	int has_def;
	double defval;              /* NUM, INT */
	const char *defstr;         /* STRING */
	const char *src;            /* where the default comes from */
	const char *const *choices; /* STRING: the allowed values, NULL-ended */
	/* NUM, INT: the plausible range [lo, hi] in the option's unit (none
	 * when hi <= lo).  A value outside is a usage error; when the number
	 * would be in range in another unit of the same dimension the error
	 * names that unit ("2.052e6 looks like J/m3K"): the likely slip. */
	double lo, hi;
} hk_option;

#define HK_OPT_BOOL_(s, l, v, h) {HK_OPT_BOOL, s, l, v, NULL, h, NULL, NULL, 0, 0, NULL, NULL, NULL}
#define HK_OPT_STR_(s, l, v, a, h, d) {HK_OPT_STRING, s, l, v, a, h, NULL, d, 0, 0, NULL, NULL, NULL}
#define HK_OPT_NUM_(s, l, v, a, h, u, d) {HK_OPT_NUM, s, l, v, a, h, u, d, 0, 0, NULL, NULL, NULL}
#define HK_OPT_INT_(s, l, v, a, h, d) {HK_OPT_INT, s, l, v, a, h, NULL, d, 0, 0, NULL, NULL, NULL}
#define HK_OPT_LIST_(s, l, v, a, h) {HK_OPT_LIST, s, l, v, a, h, NULL, NULL, 0, 0, NULL, NULL, NULL}
#define HK_OPT_GROUP_(h) {HK_OPT_GROUP, 0, NULL, NULL, NULL, h, NULL, NULL, 0, 0, NULL, NULL, NULL}
#define HK_OPT_END_ {HK_OPT_END, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, NULL}
/* A string with a default value dflt and its source. */
#define HK_OPT_STRD_(s, l, v, a, h, dflt, src) {HK_OPT_STRING, s, l, v, a, h, NULL, NULL, 1, 0, dflt, src, NULL}
/* A number with a default value dv and its source. */
#define HK_OPT_NUMD_(s, l, v, a, h, u, dv, src) {HK_OPT_NUM, s, l, v, a, h, u, NULL, 1, dv, NULL, src, NULL}
#define HK_OPT_INTD_(s, l, v, a, h, dv, src) {HK_OPT_INT, s, l, v, a, h, NULL, NULL, 1, dv, NULL, src, NULL}
/* The same with a plausible range [lo, hi] (hk_option.lo/hi). */
#define HK_OPT_NUMR_(s, l, v, a, h, u, d, lo, hi) \
	{HK_OPT_NUM, s, l, v, a, h, u, d, 0, 0, NULL, NULL, NULL, lo, hi}
#define HK_OPT_NUMDR_(s, l, v, a, h, u, dv, src, lo, hi) \
	{HK_OPT_NUM, s, l, v, a, h, u, NULL, 1, dv, NULL, src, NULL, lo, hi}
#define HK_OPT_INTDR_(s, l, v, a, h, dv, src, lo, hi) \
	{HK_OPT_INT, s, l, v, a, h, NULL, NULL, 1, dv, NULL, src, NULL, lo, hi}
/* One of the NULL-ended choices ch; the default dflt (NULL: none) and its
 * source.  Matched in any case and stored as the table spells it;
 * anything else is a usage error naming the choices. */
#define HK_OPT_CHOICE_(s, l, v, h, ch, dflt, src) \
	{HK_OPT_STRING, s, l, v, NULL, h, NULL, NULL, (dflt) != NULL, 0, dflt, src, ch}

typedef struct hk_cmdinfo {
	const char *name;              /* "loadcalc" */
	const char *summary;           /* one line for `heatkit --help` */
	const char *const *usage;      /* NULL-terminated usage lines (after "heatkit NAME ") */
	const char *description;       /* paragraphs, '\n'-separated */
	const char *input;             /* the input tables and their columns */
	const char *output;            /* what is written */
	const char *const *examples;   /* NULL-terminated pairs: comment, command */
	const hk_option *options;      /* the command's own options */
	unsigned flags;                /* HK_CMD_* */
	/* Options into a struct, so that a command keeps no file-scope state:
	 * the table's value pointers point into opt_proto, a const struct of
	 * the options' starting values (opt_size bytes), and
	 * hk_parse_options_to() copies it to the caller's struct and writes
	 * there. */
	const void *opt_proto;
	size_t opt_size;
} hk_cmdinfo;

enum { HK_CMD_NO_COMMON = 1 }; /* the command has no table output options */

/* Options every table-writing command has. */
typedef struct hk_common {
	const char *output;   /* -o FILE */
	const char *encoding; /* --encoding */
	const char *csv_encoding; /* --csv-encoding as given */
	int bom;              /* --bom (--no-bom) as given */
	/* the CSV output encoding (hk_csv_enc, output.h) from --csv-encoding,
	 * --bom, $HEATKIT_CSV_ENCODING, else 0: the platform's default */
	int csv_enc;
	int summary;          /* --summary: print the summary, not the table */
	hk_strlist checks;    /* --check EXPR (repeatable) */
	const char *lang;     /* --lang zh|en; NULL = from the input headers */
	/* the options given on the command line (value pointers), and the
	 * text a summary shows as their source ("--tank-dt") */
	const void *given[96];
	char given_src[96][40];
	size_t ngiven;
	void *opts;            /* the caller's copy of ci->opt_proto, or NULL */
	const void *opt_proto;
	size_t opt_size;
} hk_common;

/* Parse argv[1..argc) against ci and the common options.  Positional
 * arguments are collected, in order, into *args (a malloc'd array the
 * caller frees); returns their count.  Handles --help, --help=man. */
int hk_parse_options(int argc, char **argv, const hk_cmdinfo *ci, hk_common *common,
		     char ***args);
/* The same for a command whose options live in a struct (ci->opt_proto):
 * *opts (ci->opt_size bytes) gets the starting values, then the defaults,
 * then what argv gives; hk_opt_given and hk_opt_src take pointers into it. */
int hk_parse_options_to(int argc, char **argv, const hk_cmdinfo *ci, void *opts,
			hk_common *common, char ***args);

/* 1 when the option writing to value was given on the command line. */
int hk_opt_given(const hk_common *c, const void *value);

/* Where the value of the option writing to value comes from, as every
 * summary names it, into buf (returned):
 *   "--NAME"                given on the command line (even when typed
 *                           equal to the default)
 *   "default V[ UNIT]: SRC" its default value and the default's source
 *   "default: TEXT"         a default that is not one value (the table's
 *                           def text, else src: "the city's t_heating")
 *   "default"               an option the table says nothing more of
 * --help says the same words after the option: "(default 18 C: ...)". */
const char *hk_opt_src(const hk_common *c, const hk_cmdinfo *ci, const void *value, char *buf,
		       size_t sz);

/* The index of value in the NULL-ended choices, or -1: maps a choice
 * option's text to the enum it stands for. */
int hk_opt_choice(const char *const *choices, const char *value);

/* Print help (to stdout) or the roff man page for a command. */
void hk_print_help(const hk_cmdinfo *ci);
void hk_print_man(const hk_cmdinfo *ci);

/* The common options table (for tests and docs). */
extern const hk_option hk_common_options[];

#endif
