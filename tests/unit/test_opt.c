/*
 * test_opt.c - options into a struct (hk_parse_options_to): the starting
 * values come from the command's const proto, the defaults from the
 * table, what argv gives on top; hk_opt_given and hk_opt_src answer for
 * pointers into the caller's struct, "given" from the parser's flag even
 * when the typed value equals the default.  hk_opt_src says a default in
 * one wording ("default V UNIT: SOURCE"), and --help says the same words.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "opt.h"
#include "unit.h"

struct o {
	double a, b, c, u;
	int n;
	const char *ch;
};
static const struct o proto = {.c = NAN, .n = 7};
static const char *const choices[] = {"x", "y", NULL};
static const hk_option table[] = {
	HK_OPT_NUMD_(0, "a", &proto.a, "A", "a number with a default", NULL, 2.5, "a's source"),
	HK_OPT_NUMD_(0, "b", &proto.b, "B", "another", NULL, 1, "b's source"),
	HK_OPT_NUM_(0, "c", &proto.c, "C", "no default value", NULL, "c's default in words"),
	HK_OPT_NUMD_(0, "u", &proto.u, "U", "a number with a unit", "kW", 3.5, "u's source"),
	HK_OPT_INT_(0, "n", &proto.n, "N", "a count", NULL),
	HK_OPT_CHOICE_(0, "ch", &proto.ch, "a choice", choices, "y", "ch's source"),
	HK_OPT_END_,
};
static const hk_cmdinfo info = {.name = "t", .summary = "t", .options = table, .opt_proto = &proto,
				.opt_size = sizeof proto};

int main(void)
{
	char *argv[] = {"t", "--a", "2.5", "--ch", "x", "file", NULL};
	struct o v;
	hk_common c;
	char **args;
	int n = hk_parse_options_to(6, argv, &info, &v, &c, &args);
	UNIT_EQ_INT(n, 1, "one positional argument");
	UNIT_NEAR(v.a, 2.5, 0, "--a typed");
	UNIT_NEAR(v.b, 1, 0, "--b: its default");
	UNIT_TRUE(isnan(v.c) && v.n == 7, "the proto's starting values");
	UNIT_EQ_STR(v.ch, "x", "--ch typed");
	UNIT_TRUE(proto.a == 0 && proto.ch == NULL, "the proto itself is not written");
	UNIT_TRUE(hk_opt_given(&c, &v.a) && !hk_opt_given(&c, &v.b), "given: typed, not defaulted");
	UNIT_EQ_INT(hk_opt_choice(choices, v.ch), 0, "the choice's index");
	{
		char buf[128];
		UNIT_EQ_STR(hk_opt_src(&c, &info, &v.a, buf, sizeof buf), "--a",
			    "typed at its default value: reported as given");
		UNIT_EQ_STR(hk_opt_src(&c, &info, &v.b, buf, sizeof buf), "default 1: b's source",
			    "untyped: the default with its value and source, found through the proto");
		UNIT_EQ_STR(hk_opt_src(&c, &info, &v.u, buf, sizeof buf), "default 3.5 kW: u's source",
			    "a default with a unit: the unit after the value");
		UNIT_EQ_STR(hk_opt_src(&c, &info, &v.c, buf, sizeof buf), "default: c's default in words",
			    "a default that is not one value: default, then the words");
		UNIT_EQ_STR(hk_opt_src(&c, &info, &v.n, buf, sizeof buf), "default",
			    "an option the table says nothing more of");
		UNIT_EQ_STR(hk_opt_src(&c, &info, &v.ch, buf, sizeof buf), "--ch", "a choice typed");
	}
	{ /* --help says each default in the same words as the summary */
		char line[512], buf[128];
		int seen = 0;
		FILE *f = tmpfile();
		int fd = dup(1);
		fflush(stdout);
		dup2(fileno(f), 1);
		hk_print_help(&info);
		fflush(stdout);
		dup2(fd, 1);
		close(fd);
		rewind(f);
		while (fgets(line, sizeof line, f)) {
			if (strstr(line, "--b B ") && strstr(line, "(default 1: b's source)"))
				seen |= 1;
			if (strstr(line, "--u U ") && strstr(line, "[kW] (default 3.5 kW: u's source)"))
				seen |= 2;
			if (strstr(line, "--c C ") && strstr(line, "(default: c's default in words)"))
				seen |= 4;
			if (strstr(line, "--ch x|y ") && strstr(line, "(default y: ch's source)"))
				seen |= 8;
		}
		fclose(f);
		UNIT_EQ_INT(seen, 15, "help: (default 1: b's source), (default 3.5 kW: ...), (default: words), a choice");
		/* and the summary's words for an untyped choice are the help's */
		char *argv2[] = {"t", NULL};
		struct o v2;
		hk_common c2;
		char **args2;
		hk_parse_options_to(1, argv2, &info, &v2, &c2, &args2);
		UNIT_EQ_STR(hk_opt_src(&c2, &info, &v2.ch, buf, sizeof buf), "default y: ch's source",
			    "an untyped choice: its default and source, as help says");
		free(args2);
	}
	free(args);
	return unit_done();
}
