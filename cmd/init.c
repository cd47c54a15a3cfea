/*
 * init.c - heatkit init: start a project from a template (templates/):
 * its input tables, a README saying where every number comes from, and a
 * Makefile that runs the pipeline.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmds.h"
#include "diag.h"
#include "paths.h"
#include "platform.h"
#include "text.h"

/* the options (hk_parse_options_to fills a copy of opts0) */
struct opts {
	int list;
};
static const struct opts opts0;

static const char *const usage[] = {"TEMPLATE DIR", "--list", NULL};
static const char *const examples[] = {
	"start from the Malan ASHP + water-storage design, then run its pipeline",
	"heatkit init malan my-project && make -C my-project",
	"a ground-source design: loads, borefield, ground-loop pumps; then its design rules",
	"heatkit init ground-source gshp && make -C gshp && make -C gshp check",
	"a heating-load study (CJJ 34 indices, annual heat, typical days) with heatkit not on PATH",
	"heatkit init load-study loads && make -C loads HEATKIT=$PWD/bin/heatkit",
	"which templates there are",
	"heatkit init --list",
	NULL, NULL};
static const hk_option options[] = {
	HK_OPT_BOOL_(0, "list", &opts0.list, "list the templates, each with the title of its README"),
	HK_OPT_END_,
};

const hk_cmdinfo info_init = {
	.name = "init",
	.summary = "start a project from a template (input tables, README, Makefile pipeline)",
	.usage = usage,
	.description =
		"Copies a template's files into DIR (created if missing).  Nothing is overwritten:\n"
		"if a file of the template already exists in DIR, nothing is copied and the command\n"
		"exits 2 naming it.  A template's Makefile finds heatkit on PATH or as\n"
		"make HEATKIT=/path/to/heatkit, and stops before any step when it does not.",
	.output = "  the template's files in DIR; their names on standard output\n"
		  "  --list: one template a line, NAME and its README's title, by name",
	.examples = examples,
	.options = options,
	.flags = HK_CMD_NO_COMMON,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

static int is_file(const char *dir, const char *name)
{
	char p[4096];
	hk_fileinfo st;
	snprintf(p, sizeof p, "%s/%s", dir, name);
	return hk_stat(p, &st) == 0 && st.kind == HK_FK_REG;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* from copied to a new file to: 0, or -1 with errno (to removed when made) */
static int copy_file(const char *from, const char *to)
{
	char buf[65536];
	size_t k;
	int bad = 0, saved;
	FILE *in = hk_fopen(from, "rb"), *out;
	if (!in)
		return -1;
	out = hk_fopen_new(to); /* never replace a file */
	if (!out) {
		saved = errno;
		fclose(in);
		errno = saved;
		return -1;
	}
	while (!bad && (k = fread(buf, 1, sizeof buf, in)) > 0)
		bad = fwrite(buf, 1, k, out) != k;
	bad |= ferror(in);
	saved = errno;
	bad |= fclose(out) != 0;
	fclose(in);
	if (bad) {
		hk_remove_file(to);
		errno = saved ? saved : EIO;
		return -1;
	}
	return 0;
}

/* Copy names[0..nn) from tdir into dir, all or nothing: when one fails,
 * the ones copied are removed (and dir, when this run made it), so that
 * "nothing was copied" holds as the help says (issue 18 #19). */
static void copy_all(const char *tdir, const char *dir, int made_dir, char **names, size_t nn)
{
	char from[4200], to[4200];
	size_t i;
	for (i = 0; i < nn; i++) {
		snprintf(from, sizeof from, "%s/%s", tdir, names[i]);
		snprintf(to, sizeof to, "%s/%s", dir, names[i]);
		if (copy_file(from, to) != 0) {
			int e = errno;
			const char *bad = names[i];
			while (i-- > 0) {
				snprintf(to, sizeof to, "%s/%s", dir, names[i]);
				hk_remove_file(to);
			}
			if (made_dir)
				hk_remove_dir(dir);
			hk_die(HK_EXIT_INPUT, "cannot copy %s to %s/%s (%s): expected a writable directory "
			       "without the template's files (nothing was copied)", from, dir, bad,
			       strerror(e));
		}
	}
}

/* the title of dir/README.md (its first "# " line, without the "# "), or "" */
static void readme_title(const char *dir, char *title, size_t cap)
{
	char p[4200], line[512];
	FILE *f;
	title[0] = '\0';
	snprintf(p, sizeof p, "%s/README.md", dir);
	if (!(f = hk_fopen(p, "r")))
		return;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "# ", 2)) {
			line[strcspn(line, "\r\n")] = '\0';
			snprintf(title, cap, "%s", line + 2);
			break;
		}
	fclose(f);
}

/* The names in dir that are directories (dirs) or regular files (!dirs),
 * none starting with '.', sorted (the same order on every system); *n set.
 * NULL when dir cannot be read. */
static char **dir_names(const char *dir, int dirs, size_t *n)
{
	char sub[4200];
	hk_dir *d = hk_dir_open(dir); /* wide names on Windows: 中文模板 */
	const char *name;
	char **names = NULL;
	*n = 0;
	if (!d)
		return NULL;
	while ((name = hk_dir_next(d)) != NULL) {
		char **nv;
		hk_fileinfo st;
		snprintf(sub, sizeof sub, "%s/%s", dir, name);
		if (name[0] == '.' || hk_stat(sub, &st) != 0 || st.kind != (dirs ? HK_FK_DIR : HK_FK_REG))
			continue;
		nv = realloc(names, (*n + 1) * sizeof *names);
		if (!nv || !(nv[*n] = strdup(name)))
			hk_die(HK_EXIT_INPUT, "out of memory");
		names = nv;
		(*n)++;
	}
	hk_dir_close(d);
	if (*n)
		qsort(names, *n, sizeof *names, by_name);
	return names ? names : calloc(1, sizeof *names);
}

static void free_names(char **names, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* --list: the template directories by name, each with its README's title */
static void list_templates(void)
{
	char tdir[4096], sub[4200], title[512];
	char **names;
	size_t nn, i;
	if (!hk_data_path("../templates", tdir, sizeof tdir) || !(names = dir_names(tdir, 1, &nn)))
		hk_die(HK_EXIT_INPUT, "templates not found (%s): set HEATKIT_DATA", tdir);
	for (i = 0; i < nn; i++) {
		snprintf(sub, sizeof sub, "%s/%s", tdir, names[i]);
		readme_title(sub, title, sizeof title);
		/* NAME padded to 14 columns as a terminal shows it (中文 counts double) */
		int pad = 14 - (int)hk_display_width(names[i]);
		if (*title)
			printf("%s%*s %s\n", names[i], pad > 0 ? pad : 0, "", title);
		else
			printf("%s\n", names[i]);
	}
	free_names(names, nn);
}

int cmd_init(int argc, char **argv)
{
	struct opts o;
	hk_common common;
	char **args;
	int n = hk_parse_options_to(argc, argv, &info_init, &o, &common, &args);
	char tdir[4096], rel[512];
	char **names;
	size_t nn, i;
	int made;
	if (o.list) {
		list_templates();
		free(args);
		return 0;
	}
	if (n != 2)
		hk_die(HK_EXIT_INPUT, "expected a template and a directory (usage: heatkit init TEMPLATE DIR; "
		       "heatkit init --list)");
	if (strchr(args[0], '/') || strchr(args[0], '\\') || args[0][0] == '.')
		hk_die(HK_EXIT_INPUT, "template (%s): expected a template name (see heatkit init --list)", args[0]);
	snprintf(rel, sizeof rel, "../templates/%s", args[0]);
	if (!hk_data_path(rel, tdir, sizeof tdir) || !(names = dir_names(tdir, 0, &nn)))
		hk_die(HK_EXIT_INPUT, "unknown template (%s): expected one of heatkit init --list", args[0]);
	if (!args[1][0])
		hk_die(HK_EXIT_INPUT, "directory (\"\"): expected the name of the project directory to create");
	for (i = 0; i < nn; i++)
		if (is_file(args[1], names[i]))
			hk_die(HK_EXIT_INPUT, "%s/%s exists: expected a directory without the template's files "
			       "(nothing was copied)", args[1], names[i]);
	made = hk_make_dir(args[1]) == 0;
	if (!made && errno != EEXIST)
		hk_die(HK_EXIT_INPUT, "cannot create the directory (%.200s%s): %s: expected a new directory in an "
		       "existing, writable one (nothing was copied)", args[1], strlen(args[1]) > 200 ? "..." : "",
		       strerror(errno));
	copy_all(tdir, args[1], made, names, nn);
	for (i = 0; i < nn; i++) /* listed once all are there */
		printf("%s/%s\n", args[1], names[i]);
	free_names(names, nn);
	free(args);
	return 0;
}
