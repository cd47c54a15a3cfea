/*
 * test_opt.c - options into a struct (hk_parse_options_to): the starting
 * values come from the command's const proto, the defaults from the
 * table, what argv gives on top; hk_opt_given and hk_opt_src answer for
 * pointers into the caller's struct, "given" from the parser's flag even
 * when the typed value equals the default.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "opt.h"
#include "unit.h"

struct o {
	double a, b, c;
	int n;
	const char *ch;
};
static const struct o proto = {.c = NAN, .n = 7};
static const char *const choices[] = {"x", "y", NULL};
static const hk_option table[] = {
	HK_OPT_NUMD_(0, "a", &proto.a, "A", "a number with a default", NULL, 2.5, "a's source"),
	HK_OPT_NUMD_(0, "b", &proto.b, "B", "another", NULL, 1, "b's source"),
	HK_OPT_NUM_(0, "c", &proto.c, "C", "no default value", NULL, "c's default in words"),
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
	UNIT_EQ_STR(hk_opt_src(&c, &info, &v.a), "--a", "typed at its default value: reported as given");
	UNIT_EQ_STR(hk_opt_src(&c, &info, &v.b), "b's source", "untyped: its default's source");
	UNIT_EQ_STR(hk_opt_src(&c, &info, &v.c), "c's default in words", "a default that is not one value");
	UNIT_EQ_INT(hk_opt_choice(choices, v.ch), 0, "the choice's index");
	{
		char buf[128];
		UNIT_EQ_STR(hk_opt_src_def(&c, &info, &v.b, buf, sizeof buf), "default 1: b's source",
			    "the default with its value, found through the proto");
		UNIT_EQ_STR(hk_opt_src_def(&c, &info, &v.a, buf, sizeof buf), "--a", "and given when typed");
	}
	free(args);
	return unit_done();
}
