/* A tiny library that tests/abi/test-abi-guard.sh builds in several
 * versions, to show that the ABI guard catches what it must: a changed
 * public struct or signature fails, an added function passes, and a
 * deliberate break passes once the SONAME is bumped. */
typedef struct
{
#ifdef DEMO_STRUCT_CHANGED
  long year;
#else
  int year;
#endif
  int day;
} DemoDate;

int demo_day_number (const DemoDate *date);
#ifdef DEMO_SIGNATURE_CHANGED
int demo_add_days (const DemoDate *date, long days);
#else
int demo_add_days (const DemoDate *date, int days);
#endif
#ifdef DEMO_ADDED
int demo_weekday (const DemoDate *date);
#endif

int
demo_day_number (const DemoDate *date)
{
  return (int) date->year * 366 + date->day;
}

#ifdef DEMO_SIGNATURE_CHANGED
int
demo_add_days (const DemoDate *date, long days)
#else
int
demo_add_days (const DemoDate *date, int days)
#endif
{
  return demo_day_number (date) + (int) days;
}

#ifdef DEMO_ADDED
int
demo_weekday (const DemoDate *date)
{
  return demo_day_number (date) % 7;
}
#endif
