/* cmds.h - every subcommand: its entry point and its declaration (usage,
 * options, examples), listed once in the command table of heatkit.c. */
#ifndef HK_CMDS_H
#define HK_CMDS_H

#include "opt.h"

#define HK_COMMAND(name)                                \
	int cmd_##name(int argc, char **argv);          \
	extern const hk_cmdinfo info_##name;

HK_COMMAND(check)
HK_COMMAND(init)
HK_COMMAND(loadcalc)
HK_COMMAND(hpsize)
HK_COMMAND(tanksize)
HK_COMMAND(econ)
HK_COMMAND(pumpselect)
HK_COMMAND(borefield)
HK_COMMAND(report)
HK_COMMAND(operate)

#endif
