/* fuzz-policy.c: libFuzzer target for the local policy reader
 *
 * Input: the bytes of a careplan-policy/1 file.  Each input is read into a
 * fresh default rulebook; an accepted policy drives an engine over the
 * fixed cohort (fuzz-common.c), so local rules and tightened parameters
 * are evaluated as well.  A refused policy must give a careplan error
 * whose message starts with the file name.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  rulebook = careplan_rulebook_new_default ();
  if (!careplan_policy_load_data (rulebook, size > 0 ? (const char *) data : "", (gssize) size,
                                  FUZZ_FILE_NAME, &error))
    {
      fuzz_check_error (error, "careplan_policy_load_data");
      if (!g_str_has_prefix (error->message, FUZZ_FILE_NAME))
        {
          g_printerr ("policy error does not start with the file name: %s\n", error->message);
          abort ();
        }
      return 0;
    }

  engine = careplan_engine_new (rulebook, NULL);
  fuzz_evaluate_children (engine, fuzz_fixed_cohort ());
  return 0;
}
