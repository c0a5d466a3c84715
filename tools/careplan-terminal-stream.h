/* careplan-terminal-stream.h: output for a terminal, its control
 * characters shown, not obeyed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CAREPLAN_TYPE_TERMINAL_STREAM (careplan_terminal_stream_get_type ())
G_DECLARE_FINAL_TYPE (CareplanTerminalStream, careplan_terminal_stream, CAREPLAN, TERMINAL_STREAM,
                      GFilterOutputStream)

/* A stream that writes to @base what it is given, control characters
 * (C0 but newline and tab, DEL, C1) and bytes that are not UTF-8 written
 * as \xNN.  Closing it closes @base. */
GOutputStream *careplan_terminal_stream_new (GOutputStream *base);

G_END_DECLS
