/* careplan-commands.h: the subcommands of the careplan tool
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each subcommand lives in its own tools/careplan-<name>.c and is called
 * by the dispatcher in careplan.c with the arguments after the subcommand
 * name (argv[0] is the subcommand).  It returns the process exit status:
 * 0 ran, 1 --fail-on matched, 2 bad input or usage.
 */

#pragma once

int careplan_cmd_import   (int argc, char **argv);
int careplan_cmd_measures (int argc, char **argv);
int careplan_cmd_check_plan (int argc, char **argv);
int careplan_cmd_timeline (int argc, char **argv);
int careplan_cmd_serve    (int argc, char **argv);
