/*
 * heatkit.c - the command table and dispatch (git.c's shape).
 *
 *   heatkit CMD [options] [files]     or, through a link named CMD,
 *   CMD [options] [files]
 *
 * The table below is the one list of commands: it drives dispatch, the
 * argv[0] links, `heatkit --help`, the man pages and "did you mean".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "diag.h"
#include "output.h"
#include "platform.h"
#include "text.h"

struct cmd_struct {
	const char *name;
	int (*fn)(int argc, char **argv);
	const hk_cmdinfo *info;
	const char *planned; /* not in this version: why, and where it is tracked */
	const char *summary; /* for planned commands */
};

/* alphabetical */
static const struct cmd_struct commands[] = {
	{"borefield", cmd_borefield, &info_borefield, NULL, NULL},
	{"check", cmd_check, &info_check, NULL, NULL},
	{"econ", cmd_econ, &info_econ, NULL, NULL},
	{"hpsize", cmd_hpsize, &info_hpsize, NULL, NULL},
	{"init", cmd_init, &info_init, NULL, NULL},
	{"loadcalc", cmd_loadcalc, &info_loadcalc, NULL, NULL},
	{"operate", cmd_operate, &info_operate, NULL, NULL},
	{"pumpselect", cmd_pumpselect, &info_pumpselect, NULL, NULL},
	{"report", cmd_report, &info_report, NULL, NULL},
	{"tanksize", cmd_tanksize, &info_tanksize, NULL, NULL},
};
#define NCMDS (sizeof commands / sizeof commands[0])

static const struct cmd_struct *find_cmd(const char *name)
{
	size_t i;
	for (i = 0; i < NCMDS; i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static void list_commands(void)
{
	size_t i;
	printf("usage: heatkit COMMAND [options] [FILE...]\n"
	       "       heatkit COMMAND --help\n"
	       "       heatkit --version\n\n"
	       "heatkit sizes the heat source of a building project: heating loads, air-source\n"
	       "heat pumps, storage tanks, borefields, pumps and economics.  Every command reads\n"
	       "CSV (UTF-8 or GBK, Chinese or English headers) and writes CSV or XLSX, so they\n"
	       "chain in pipelines; each has a key/value summary and --check rules for CI.\n\n"
	       "Commands:\n");
	for (i = 0; i < NCMDS; i++)
		printf("  %-12s %s\n", commands[i].name,
		       commands[i].info ? commands[i].info->summary : commands[i].summary);
	printf("\nEach command also runs through a link of its name (loadcalc ... = heatkit loadcalc ...).\n"
	       "Exit status: 0 ok, 1 a --check rule failed, 2 bad input or usage.\n"
	       "See heatkit COMMAND --help, or man heatkit-COMMAND.\n");
}

static int run(const struct cmd_struct *c, int argc, char **argv)
{
	int rc;
	if (!c->fn)
		hk_die(HK_EXIT_INPUT, "'%s' is not available in heatkit %s yet: planned in %s",
		       c->name, HK_VERSION, c->planned);
	hk_set_prog(c->name);
	rc = c->fn(argc, argv);
	/* a full disk or a closed pipe is an error, not a truncation (git.c) */
	if (fflush(stdout) != 0 || ferror(stdout))
		hk_die(HK_EXIT_INPUT, "write error on standard output");
	return rc;
}

static void unknown_command(const char *name)
{
	const char *names[NCMDS];
	size_t i, best[1];
	for (i = 0; i < NCMDS; i++)
		names[i] = commands[i].name;
	if (hk_suggest(name, names, NCMDS, best, 1))
		hk_die(HK_EXIT_INPUT, "'%s' is not a heatkit command; did you mean '%s'? "
		       "(see heatkit --help)", name, names[best[0]]);
	hk_die(HK_EXIT_INPUT, "'%s' is not a heatkit command (see heatkit --help)", name);
}

int main(int argc, char **argv)
{
	const char *base;
	const struct cmd_struct *c;
	hk_platform_init(&argc, &argv);
	hk_std_fds();
	base = hk_path_base(argv[0]);
	/* busybox-style links: argv[0] names the command */
	if (strcmp(base, "heatkit") != 0 && (c = find_cmd(base)) != NULL)
		return run(c, argc, argv);
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help")) {
		if (argc >= 3 && !strcmp(argv[1], "help") && (c = find_cmd(argv[2])) && c->info) {
			hk_print_help(c->info);
			return 0;
		}
		list_commands();
		return argc < 2 ? HK_EXIT_INPUT : 0;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("heatkit %s\n", HK_VERSION);
		return 0;
	}
	if (!strcmp(argv[1], "--completion")) { /* bash: eval "$(heatkit --completion)" */
		fputs("_heatkit() {\n"
		      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} cmd=${COMP_WORDS[1]}\n"
		      "\tif [ \"$COMP_CWORD\" -eq 1 ]; then\n"
		      "\t\tCOMPREPLY=($(compgen -W \"$(heatkit --list-commands) --help --version\" -- \"$cur\"))\n"
		      "\telif [[ $cur == -* ]]; then\n"
		      "\t\tCOMPREPLY=($(compgen -W \"$(heatkit \"$cmd\" --help=options 2>/dev/null)\" -- \"$cur\"))\n"
		      "\t\t[[ ${COMPREPLY[0]} == *= ]] && compopt -o nospace\n"
		      "\telse\n"
		      "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n"
		      "\tfi\n"
		      "}\n"
		      "complete -F _heatkit heatkit\n", stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--list-commands")) { /* for completion and tools/mkman.sh */
		size_t i;
		for (i = 0; i < NCMDS; i++)
			if (commands[i].fn)
				printf("%s\n", commands[i].name);
		return 0;
	}
	if (argv[1][0] == '-')
		hk_die(HK_EXIT_INPUT, "unknown option '%s' (see heatkit --help)", argv[1]);
	c = find_cmd(argv[1]);
	if (!c)
		unknown_command(argv[1]);
	return run(c, argc - 1, argv + 1);
}
