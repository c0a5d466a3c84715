/* careplan-plan-element.c: the plan-content catalogue, one row per element
 *
 * What the law says each plan document must contain, as data: one row per
 * element, beside its citation, read by careplan-plan-check.c.  The rows
 * follow the project's plan-content checklist (docs/plans.md gives each
 * row's form field and says which are UNCONFIRMED); ids keep the as-made
 * numbering of the regulations.
 *
 * Instruments: CPPCR is the Care Planning, Placement and Case Review
 * (England) Regulations 2010 (SI 2010/959); CLR the Care Leavers (England)
 * Regulations 2010 (SI 2010/2571).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-enum-types.h"
#include "careplan-plans-private.h"

#define CPPCR "Care Planning, Placement and Case Review (England) Regulations 2010"
#define CLR   "Care Leavers (England) Regulations 2010"

static const CareplanPlanElementRow catalogue[] = {
  /* 1 */
  { "cppcr-2010.reg5-a.care-plan.permanence-plan",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(a)",
    "The long-term plan for C's upbringing — \"the plan for permanence\". Guidance adds: with timescales.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 2 */
  { "cppcr-2010.reg5-b-i.care-plan.health",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(i)",
    "Arrangements to meet C's health needs, including the health plan.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 3 */
  { "cppcr-2010.reg5-b-ii.care-plan.education-training",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(ii)",
    "Arrangements to meet C's education and training needs, including the personal education plan.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 4 */
  { "cppcr-2010.reg5-b-iii.care-plan.emotional-behavioural",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(iii)",
    "Arrangements for C's emotional and behavioural development.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 5 */
  { "cppcr-2010.reg5-b-iv.care-plan.identity",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(iv)",
    "Arrangements for C's identity, with particular regard to religious persuasion, racial origin, and cultural and linguistic background.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 6 */
  { "cppcr-2010.reg5-b-v.care-plan.family-social",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(v)",
    "Arrangements for family and social relationships, in particular the Sch 1 para 3 information.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 7 */
  { "cppcr-2010.reg5-b-vi.care-plan.social-presentation",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(vi)",
    "Arrangements for social presentation.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 8 */
  { "cppcr-2010.reg5-b-vii.care-plan.self-care",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(b)(vii)",
    "Arrangements for self-care skills.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 9 */
  { "cppcr-2010.reg5-c.care-plan.placement-plan",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(c)",
    "The placement plan.",
    "Only where C is accommodated by one of the means in section 22C of the Children Act 1989 (not for a child in care whom the authority is not accommodating).",
    CONDITION_ACCOMMODATED, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 10 */
  { "cppcr-2010.reg5-d.care-plan.iro-name",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(d)",
    "The name of the IRO. (Procedures also ask for contact details, not a statutory requirement.)",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 11 */
  { "cppcr-2010.reg5-e.care-plan.wishes-feelings",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(e)",
    "Details of the wishes and feelings of C, of each parent and PR holder, and of any other person the RA considers relevant, about the reg 5(b) arrangements and the placement plan, and about any change or proposed change to the care plan.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made" },
  /* 12 */
  { "cppcr-2010.reg5-1-f.care-plan.trafficking-uasc-status",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "regulation 5(1)(f)",
    "Best understanding: where C is, or may be, a victim of trafficking, or is an unaccompanied asylum-seeking child who has applied (or intends to apply) for asylum without indefinite leave, a record of that status.",
    "Only where C is, or may be, a victim of trafficking, or is an unaccompanied asylum-seeking child (best understanding of reg 5(1)(f)).",
    CONDITION_STATUS_NEEDS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/regulation/5" },
  /* 13 */
  { "cppcr-2010.sch1.para1-1.health-plan.state-of-health",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(1)",
    "C's state of health: physical, emotional and mental.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 14 */
  { "cppcr-2010.sch1.para1-2.health-plan.health-history",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(2)",
    "C's health history, and so far as practicable the family's health history (family part is soft).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 15 */
  { "cppcr-2010.sch1.para1-3.health-plan.effect-on-development",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(3)",
    "The effect of C's health and health history on C's development.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 16 */
  { "cppcr-2010.sch1.para1-4-a.health-plan.routine-checks",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(4)(a)",
    "Existing arrangements for routine checks of general health, including dental health.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 17 */
  { "cppcr-2010.sch1.para1-4-b.health-plan.treatment-monitoring",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(4)(b)",
    "Existing arrangements for treatment and monitoring of identified health (physical, emotional, mental) or dental needs.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 18 */
  { "cppcr-2010.sch1.para1-4-c.health-plan.preventive",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(4)(c)",
    "Preventive measures such as vaccination and immunisation.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 19 */
  { "cppcr-2010.sch1.para1-4-d.health-plan.vision-hearing",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(4)(d)",
    "Screening for defects of vision or hearing.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 20 */
  { "cppcr-2010.sch1.para1-4-e.health-plan.health-promotion",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(4)(e)",
    "Advice and guidance on promoting health and effective personal care.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 21 */
  { "cppcr-2010.sch1.para1-5.health-plan.planned-changes",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(5)",
    "Any planned changes to the existing arrangements (may legitimately be \"none\").",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 22 */
  { "cppcr-2010.sch1.para1-6.health-plan.carer-role",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 1(6)",
    "The role of the appropriate person, and of anyone else caring for C, in promoting C's health.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 23 */
  { "cppcr-2010.sch1.para2-1.pep.history-institutions",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(1)",
    "Educational and training history: the institutions attended.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 24 */
  { "cppcr-2010.sch1.para2-1.pep.attendance-conduct",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(1)",
    "C's attendance and conduct record.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 25 */
  { "cppcr-2010.sch1.para2-1.pep.achievements",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(1)",
    "C's academic and other achievements.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 26 */
  { "cppcr-2010.sch1.para2-1.pep.sen",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(1)",
    "C's special educational needs, if any (may be \"none\").",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 27 */
  { "cppcr-2010.sch1.para2-2.pep.existing-arrangements",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(2)",
    "Existing education/training arrangements, including any special educational provision and other provision to meet particular needs and promote achievement.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 28 */
  { "cppcr-2010.sch1.para2-3.pep.planned-changes",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(3)",
    "Any planned changes to those arrangements.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 29 */
  { "cppcr-2010.sch1.para2-3.pep.minimise-disruption",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(3)",
    "Where changes are necessary, the provision made to minimise disruption (condition: only if a change is necessary).",
    "Only where a change to the education or training arrangements is necessary.",
    CONDITION_RECORD_SILENT, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 30 */
  { "cppcr-2010.sch1.para2-4.pep.leisure",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(4)",
    "C's leisure interests.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 31 */
  { "cppcr-2010.sch1.para2-5.pep.carer-role",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 2(5)",
    "The role of the appropriate person and other carers in promoting C's educational achievements and leisure interests.",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 32 */
  { "cppcr-2010.sch1.para3.care-plan.sibling-contact",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 3",
    "Arrangements for promoting and maintaining contact with a brother or sister who is also looked after but not placed with C.",
    "Only where C has a brother or sister who is also looked after and not placed with C.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 33 */
  { "cppcr-2010.sch1.para3.care-plan.contact-orders",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 3",
    "Details of any court order under CA 1989 s8 or s34.",
    "Only where an order under section 8 or section 34 of the Children Act 1989 exists.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 34 */
  { "cppcr-2010.sch1.para3.care-plan.parent-contact",
    CAREPLAN_PLAN_KIND_CARE_PLAN, 0,
    CPPCR, "Schedule 1 paragraph 3",
    "Arrangements for promoting and maintaining contact with each parent and each PR holder.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/1/made" },
  /* 35 */
  { "cppcr-2010.reg9-1-a-i.placement-plan.contribution-to-needs",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "regulation 9(1)(a)(i)",
    "How the placement will contribute to meeting C's needs.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/9/made" },
  /* 36 */
  { "cppcr-2010.reg9-1-a-ii.placement-plan.sch2-matters",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "regulation 9(1)(a)(ii)",
    "All Sch 2 matters applicable to the type of placement.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/9/made" },
  /* 37 */
  { "cppcr-2010.reg9-1-b-i.placement-plan.wishes-feelings",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "regulation 9(1)(b)(i)",
    "Before placing: C's wishes and feelings ascertained and given due consideration (record that this was done).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/9/made" },
  /* 38 */
  { "cppcr-2010.reg9-1-b-ii.placement-plan.iro-informed",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "regulation 9(1)(b)(ii)",
    "Before placing: the IRO informed (record date).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/9/made" },
  /* 39 */
  { "cppcr-2010.sch2.para1-1.placement-plan.day-to-day-care",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(1)",
    "How, day to day, C will be cared for and C's welfare safeguarded and promoted by the appropriate person.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 40 */
  { "cppcr-2010.sch2.para1-2.placement-plan.contact",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(2)",
    "Any contact arrangements between C and each parent / PR holder and other connected persons.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 41 */
  { "cppcr-2010.sch2.para1-2-a.placement-plan.no-contact-reasons",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(2)(a)",
    "If appropriate: why contact with any such person is not reasonably practicable or not consistent with C's welfare.",
    "Only where contact with a parent, a person with parental responsibility or another connected person is not happening.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 42 */
  { "cppcr-2010.sch2.para1-2-b.placement-plan.s8-order",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(2)(b)",
    "Details of any s8 order.",
    "Only where C is not in care (no care order) and a section 8 order exists.",
    CONDITION_NOT_IN_CARE_ORDER, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 43 */
  { "cppcr-2010.sch2.para1-2-c.placement-plan.s34-order",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(2)(c)",
    "Details of any s34 order about C.",
    "Only where C is in care (a care order or interim care order) and a section 34 order exists.",
    CONDITION_IN_CARE_ORDER, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 44 */
  { "cppcr-2010.sch2.para1-2-d.placement-plan.contact-change-notice",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(2)(d)",
    "Arrangements for notifying changes in the contact arrangements.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 45 */
  { "cppcr-2010.sch2.para1-3.placement-plan.health-dental",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(3)",
    "Arrangements for C's health (physical, emotional, mental) and dental care.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 46 */
  { "cppcr-2010.sch2.para1-3-a.placement-plan.gp-dentist",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(3)(a)",
    "Name and address of C's registered medical and dental practitioners and, where applicable, those with whom C is to be registered after the placement starts.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 47 */
  { "cppcr-2010.sch2.para1-3-b.placement-plan.medical-consent",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(3)(b)",
    "Any arrangements for giving or withholding consent to medical or dental examination or treatment.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 48 */
  { "cppcr-2010.sch2.para1-4.placement-plan.education",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(4)",
    "Arrangements for C's education and training.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 49 */
  { "cppcr-2010.sch2.para1-4-a.placement-plan.school",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(4)(a)",
    "Name and address of any school at which C is a registered pupil.",
    "Only where C is a registered pupil at a school.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 50 */
  { "cppcr-2010.sch2.para1-4-b.placement-plan.designated-teacher",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(4)(b)",
    "Name of the school's designated teacher.",
    "Only where C is a registered pupil at a school that has a designated teacher.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 51 */
  { "cppcr-2010.sch2.para1-4-c.placement-plan.other-provider",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(4)(c)",
    "Name and address of any other educational institution attended or other person providing education or training.",
    "Only where C attends another educational institution or another person provides education or training.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 52 */
  { "cppcr-2010.sch2.para1-4-d.placement-plan.sen-authority",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(4)(d)",
    "Where C has a statement of special educational needs: details (of the authority maintaining it). Current text almost certainly refers to an EHC plan instead — amendment not read.",
    "Only where C has a statement of special educational needs (now an EHC plan).",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 53 */
  { "cppcr-2010.sch2.para1-5.placement-plan.r-visits",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(5) (paragraph number UNCONFIRMED)",
    "Arrangements for R's visits under Part 5, their frequency, and the advice, support and assistance available to C between visits (reg 31).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 54 */
  { "cppcr-2010.sch2.para1-6.placement-plan.iv-visits",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(6) (paragraph number UNCONFIRMED)",
    "If an independent visitor is appointed, the arrangements for their visits.",
    "Only where an independent visitor has been appointed for C.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 55 */
  { "cppcr-2010.sch2.para1-7.placement-plan.termination",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(7) (paragraph number UNCONFIRMED)",
    "Best understanding: the circumstances in which the placement may be ended and C removed from the appropriate person (reg 14).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 56 */
  { "cppcr-2010.sch2.para1-8-a.placement-plan.iro-contact",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(8) (paragraph number UNCONFIRMED)",
    "Name and contact details of the IRO.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 57 */
  { "cppcr-2010.sch2.para1-8-b.placement-plan.iv-contact",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(8) (paragraph number UNCONFIRMED)",
    "Name and contact details of C's independent visitor.",
    "Only where an independent visitor has been appointed for C.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 58 */
  { "cppcr-2010.sch2.para1-8-c.placement-plan.r-contact",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(8) (paragraph number UNCONFIRMED)",
    "Name and contact details of R (the social worker).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 59 */
  { "cppcr-2010.sch2.para1-8-d.placement-plan.pa-contact",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 1(8) (paragraph number UNCONFIRMED)",
    "Name and contact details of the personal adviser.",
    "Only where C is an eligible child (16 or 17, looked after for 13 weeks since the age of 14).",
    CONDITION_ELIGIBLE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 60 */
  { "cppcr-2010.sch2.para3.placement-plan.type-specific",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 3",
    "Further information that depends on the type of placement. Para 3 exists (reg 48 cites it) but its content was not read.",
    "Placements other than with a parent (placements with a parent carry the Schedule 2 paragraph 2 matters instead); the items depend on the type of placement.",
    CONDITION_NOT_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 61 */
  { "cppcr-2010.sch2.para2-1-a.pwp.suitability-assessment",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(1)(a) (English paragraph UNCONFIRMED)",
    "A record of the assessment of P's suitability, including consideration of the Sch 3 matters.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 62 */
  { "cppcr-2010.sch2.para2-1-b.pwp.views",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(1)(b) (English paragraph UNCONFIRMED)",
    "A record of C's wishes and feelings and of the views of anyone else consulted.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 63 */
  { "cppcr-2010.sch2.para2-1-c.pwp.decision",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(1)(c) (English paragraph UNCONFIRMED)",
    "A record of the RA's decision to place C with P.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 64 */
  { "cppcr-2010.sch2.para2-2.pwp.support-services",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(2) (English paragraph UNCONFIRMED)",
    "Support and services to be provided to P during the placement.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 65 */
  { "cppcr-2010.sch2.para2-3.pwp.notify-changes",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(3) (English paragraph UNCONFIRMED)",
    "P's obligation to tell the RA of relevant changes: intended change of address, changes in the household, serious incidents involving C.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 66 */
  { "cppcr-2010.sch2.para2-4.pwp.confidentiality",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(4) (English paragraph UNCONFIRMED)",
    "P's obligation to keep confidential information given in connection with the placement, and not disclose it without the RA's consent.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 67 */
  { "cppcr-2010.sch2.para2-5.pwp.other-household",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(5) (English paragraph UNCONFIRMED)",
    "When the RA's prior approval is needed for C to live in a household other than P's.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 68 */
  { "cppcr-2010.sch2.para2-6.pwp.change-request",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(6) (English paragraph UNCONFIRMED)",
    "How to request a change to the placement plan.",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 69 */
  { "cppcr-2010.sch2.para2-7.pwp.termination",
    CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2 paragraph 2(7) (English paragraph UNCONFIRMED)",
    "The circumstances in which the placement will be ended (English cross-reference believed to be reg 19(c)(ii); Wales: reg 20(c)(ii)).",
    "Only where C is placed with a parent or a person with parental responsibility (Part 4 Chapter 1).",
    CONDITION_WITH_PARENTS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2/made" },
  /* 70 */
  { "cppcr-2010.reg48-3-a-i.short-break-plan.health-development",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(a)(i)",
    "Arrangements for C's health and emotional and behavioural development, in particular in relation to any disability.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 71 */
  { "cppcr-2010.reg48-3-a-ii.short-break-plan.parent-contact",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(a)(ii)",
    "Arrangements for promoting contact between C and parents / PR holders during periods when C is placed.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 72 */
  { "cppcr-2010.reg48-3-a-iii.short-break-plan.leisure",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(a)(iii)",
    "C's leisure interests.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 73 */
  { "cppcr-2010.reg48-3-a-iv.short-break-plan.education",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(a)(iv)",
    "Arrangements for promoting C's educational achievement.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 74 */
  { "cppcr-2010.reg48-3-a.short-break-plan.gp",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(a)",
    "Name and address of C's registered medical practitioner.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 75 */
  { "cppcr-2010.reg48-3-a.short-break-plan.sch2-para3",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(a)",
    "The Sch 2 para 3 information, \"where appropriate\"; the content of para 3 was not read (see cppcr-2010.sch2.para3.placement-plan.type-specific).",
    NULL,
    CONDITION_NONE, TRUE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 76 */
  { "cppcr-2010.reg48-3-c.short-break-plan.visit-frequency",
    CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, 0,
    CPPCR, "regulation 48(3)(c)",
    "The regular interval for R's visits (on days C is actually placed), agreed with the IRO and the parents / PR holders, recorded in the care plan before the start of the first placement.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made" },
  /* 77 */
  { "cppcr-2010.sch2a.para1.detention-placement-plan.day-to-day-care",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 1",
    "How, day to day, YDA staff will care for C and safeguard and promote C's welfare.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 78 */
  { "cppcr-2010.sch2a.para2.detention-placement-plan.contact",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 2",
    "Contact arrangements with parents / PR holders / connected persons, with (a) reasons if contact is impracticable or against welfare, (b) s8 order details if not in care, (c) s34 order details if in care, (d) how changes are notified.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 79 */
  { "cppcr-2010.sch2a.para3.detention-placement-plan.r-visits",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 3",
    "R's visits under Part 5, frequency, and advice/support between visits (reg 31).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 80 */
  { "cppcr-2010.sch2a.para4.detention-placement-plan.iv-visits",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 4",
    "If an independent visitor is appointed, their visiting arrangements.",
    "Only where an independent visitor has been appointed for C.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 81 */
  { "cppcr-2010.sch2a.para5.detention-placement-plan.health",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 5",
    "The YDA's arrangements for C's health (physical, emotional, mental) and dental care.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 82 */
  { "cppcr-2010.sch2a.para6.detention-placement-plan.education",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 6",
    "The YDA's education/training arrangements, including (a) the institution or provider C attended immediately before detention and (b) if C has a statement of SEN, the maintaining authority.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 83 */
  { "cppcr-2010.sch2a.para7.detention-placement-plan.identity",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraph 7",
    "C's personal history, religious persuasion, cultural and linguistic background and racial origin, and the arrangements YDA staff have put in place (text truncated after this).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 84 */
  { "cppcr-2010.sch2a.para8-plus.detention-placement-plan.remaining",
    CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, 0,
    CPPCR, "Schedule 2A paragraphs 8 onwards",
    "Any further paragraphs (8 onwards) — UNCONFIRMED.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/2A" },
  /* 85 */
  { "cppcr-2010.reg42-2-a.needs-assessment.health-development",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(a)",
    "C's state of health (physical, emotional, mental) and development.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 86 */
  { "cppcr-2010.reg42-2-b.needs-assessment.ete",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(b)",
    "C's continuing need for education, training or employment.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 87 */
  { "cppcr-2010.reg42-2-ba.needs-assessment.status-needs",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(ba)",
    "Where C falls within reg 5(1)(f) (best understanding: trafficking victim / UASC), any needs arising from that status. Condition: only then.",
    "Only where C falls within regulation 5(1)(f) (best understanding: a victim of trafficking or an unaccompanied asylum-seeking child).",
    CONDITION_STATUS_NEEDS, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 88 */
  { "cppcr-2010.reg42-2-c.needs-assessment.family-support",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(c)",
    "Support available from C's parents and other connected persons.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 89 */
  { "cppcr-2010.reg42-2-d.needs-assessment.finances",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(d)",
    "C's actual and anticipated financial resources and capacity to manage money independently.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 90 */
  { "cppcr-2010.reg42-2-e.needs-assessment.independence-skills",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(e)",
    "How far C has the practical and other skills for independent living.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 91 */
  { "cppcr-2010.reg42-2-f.needs-assessment.care-support-accommodation",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(f)",
    "C's need for continuing care, support and accommodation.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 92 */
  { "cppcr-2010.reg42-2-g-i.needs-assessment.wishes-child",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(g)(i)",
    "C's wishes and feelings.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 93 */
  { "cppcr-2010.reg42-2-g-ii.needs-assessment.wishes-parents",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(g)(ii)",
    "Wishes and feelings of each parent and PR holder.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 94 */
  { "cppcr-2010.reg42-2-g-iii.needs-assessment.wishes-carer",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(g)(iii)",
    "Wishes and feelings of the appropriate person (current carer).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 95 */
  { "cppcr-2010.reg42-2-h-i.needs-assessment.views-education",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(h)(i)",
    "Views of any person or educational institution providing C with education or training (text truncated inside this item).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 96 */
  { "cppcr-2010.reg42-2-h.needs-assessment.views-others",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_ELIGIBLE,
    CPPCR, "regulation 42(2)(h)",
    "Views of further persons (best understanding: IRO, PA, health professionals, any other relevant person) and a written record of the assessment.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/regulation/42" },
  /* 97 */
  { "clr-2010.reg5-3-a.needs-assessment.persons-consulted",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "regulation 5(3)(a)",
    "Written record of who was asked for views.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 98 */
  { "clr-2010.reg5-3-b.needs-assessment.information",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "regulation 5(3)(b)",
    "Written record of the information obtained.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 99 */
  { "clr-2010.reg5-3-c.needs-assessment.meeting-deliberations",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "regulation 5(3)(c)",
    "Written record of the deliberations at any meeting about the assessment.",
    "Only where a meeting was held about the assessment.",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 100 */
  { "clr-2010.reg5-3-d.needs-assessment.results",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "regulation 5(3)(d)",
    "Written record of the results.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 101 */
  { "clr-2010.reg5-4-a-i.needs-assessment.health-development",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(a)(i)",
    "The child's health and development.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 102 */
  { "clr-2010.reg5-4-a-ii.needs-assessment.ete",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(a)(ii)",
    "Needs for education, training or employment.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 103 */
  { "clr-2010.reg5-4-a-iii.needs-assessment.family-support",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(a)(iii)",
    "Support available from family members and other persons.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 104 */
  { "clr-2010.reg5-4-a-iv.needs-assessment.finances",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(a)(iv)",
    "Financial needs.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 105 */
  { "clr-2010.reg5-4-a-v.needs-assessment.independence-skills",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(a)(v)",
    "Best understanding: practical and other skills for independent living (text truncated at \"(v) the\").",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 106 */
  { "clr-2010.reg5-4-a-vi.needs-assessment.care-support-accommodation",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(a)(vi)",
    "Best understanding: needs for care, support and accommodation.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 107 */
  { "clr-2010.reg5-4-b.needs-assessment.views",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_RELEVANT,
    CLR, "regulation 5(4)(b)",
    "Best understanding: seek and take account of the views of parents, PR holders, carers, education providers, the PA and others.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 108 */
  { "clr-2010.reg5-5.needs-assessment.s23ca",
    CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, VARIANT_FORMER_RELEVANT,
    CLR, "regulation 5(5)",
    "Best understanding: for a s23CA former relevant child, the considerations are narrower (education/training and related needs).",
    "Only for a former relevant child within section 23CA of the Children Act 1989 (returning to education or training).",
    CONDITION_RECORD_SILENT, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made" },
  /* 109 */
  { "cppcr-2010.reg43.pathway-plan.includes-care-plan",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "regulation 43",
    "The pathway plan includes (is built on) C's care plan.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "https://www.legislation.gov.uk/uksi/2010/959/regulation/43/made" },
  /* 110 */
  { "cppcr-2010.reg43.pathway-plan.manner-date-who",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "regulation 43",
    "For each Sch 8 matter: how the RA will meet the need, and by when and by whom each action will be done; plan in writing.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/regulation/43/made" },
  /* 111 */
  { "cppcr-2010.sch8.para1.pathway-plan.item-1",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 1",
    "Best understanding: the name of C's personal adviser.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 112 */
  { "cppcr-2010.sch8.para2.pathway-plan.contact-support",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 2",
    "The nature and level of contact and personal support to be provided to C, and by whom.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 113 */
  { "cppcr-2010.sch8.para3.pathway-plan.accommodation",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 3",
    "Best understanding: details of the accommodation C will occupy on ceasing to be looked after.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 114 */
  { "cppcr-2010.sch8.para4.pathway-plan.education-training",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 4",
    "The plan for C's continuing education or training when C ceases to be looked after.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 115 */
  { "cppcr-2010.sch8.para5.pathway-plan.employment",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 5",
    "How the RA will help C obtain employment (or other purposeful activity).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 116 */
  { "cppcr-2010.sch8.para6.pathway-plan.family-social",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 6",
    "Best understanding: support to develop and sustain family and social relationships.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 117 */
  { "cppcr-2010.sch8.para7.pathway-plan.independence-skills",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 7",
    "A programme to develop the practical and other skills C needs (to live independently).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 118 */
  { "cppcr-2010.sch8.para8.pathway-plan.financial-support",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 8",
    "Best understanding: financial support, in particular for accommodation and maintenance.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 119 */
  { "cppcr-2010.sch8.para9.pathway-plan.health",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 9",
    "C's health care needs, including physical, emotional or mental health needs (and how they will be met).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 120 */
  { "cppcr-2010.sch8.para10.pathway-plan.contingency",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_ELIGIBLE,
    CPPCR, "Schedule 8 paragraph 10",
    "The RA's contingency plans if the pathway plan stops being effective.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/959/schedule/8/made" },
  /* 121 */
  { "clr-2010.sch1.para1.pathway-plan.contact-support",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 1",
    "Nature and level of contact and personal support to be provided, and by whom.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 122 */
  { "clr-2010.sch1.para2.pathway-plan.education-training",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 2",
    "A detailed plan for education or training.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 123 */
  { "clr-2010.sch1.para3.pathway-plan.employment",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 3",
    "How the RA will assist with employment or other purposeful activity or occupation.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 124 */
  { "clr-2010.sch1.para4.pathway-plan.contingency",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 4",
    "Contingency plans if the pathway plan ceases to be effective for any reason.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 125 */
  { "clr-2010.sch1.para5.pathway-plan.accommodation",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 5",
    "Details of the accommodation the young person is to occupy, including an assessment of its suitability for their needs and the considerations taken into account (the considerations of Schedule 2).",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 126 */
  { "clr-2010.sch1.para6.pathway-plan.family-social",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 6",
    "Support to develop and sustain appropriate family and social relationships.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 127 */
  { "clr-2010.sch1.para7.pathway-plan.independence-skills",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 7",
    "A programme to develop the practical and other skills needed to live independently.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 128 */
  { "clr-2010.sch1.para8.pathway-plan.financial-support",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 8",
    "Financial support to be provided, in particular for accommodation and maintenance needs.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 129 */
  { "clr-2010.sch1.para9.pathway-plan.health",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 9",
    "Health needs, including mental health needs, and how they will be met.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 130 */
  { "clr-2010.sch1.para10.pathway-plan.identity",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 10",
    "Arrangements to meet identity needs, with particular regard to religious persuasion, racial origin, and cultural and linguistic background.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1/made" },
  /* 131 */
  { "clr-2010.sch1.para11.pathway-plan.status-needs",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 1 paragraph 11",
    "Possible later item: whether needs arising from trafficking / UASC status are being met (the Welsh twin has this as para 11).",
    "Only where the young person is, or may be, a victim of trafficking, or is an unaccompanied asylum-seeking child.",
    CONDITION_STATUS_NEEDS, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/1" },
  /* 132 */
  { "clr-2010.reg6.pathway-plan.manner-date-who",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "regulation 6",
    "Best understanding: prepared as soon as possible after the assessment; for each matter, how the RA will meet the need and by when and by whom each action is done; recorded in writing.",
    NULL,
    CONDITION_NONE, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/regulation/6/made" },
  /* 133 */
  { "clr-2010.sch2.para1-a.pathway-plan.accom-facilities",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(a)",
    "Facilities and services provided.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 134 */
  { "clr-2010.sch2.para1-b.pathway-plan.accom-repair",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(b)",
    "State of repair.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 135 */
  { "clr-2010.sch2.para1-c.pathway-plan.accom-safety",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(c)",
    "Safety.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 136 */
  { "clr-2010.sch2.para1-d.pathway-plan.accom-location",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(d)",
    "Location.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 137 */
  { "clr-2010.sch2.para1-e.pathway-plan.accom-support",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(e)",
    "Support.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 138 */
  { "clr-2010.sch2.para1-f.pathway-plan.accom-tenancy",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(f)",
    "Tenancy status.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 139 */
  { "clr-2010.sch2.para1-g.pathway-plan.accom-affordability",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 1(g)",
    "The young person's financial commitments and their affordability.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 140 */
  { "clr-2010.sch2.para2-a.pathway-plan.accom-views",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 2(a)",
    "The young person's views about the accommodation.",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 141 */
  { "clr-2010.sch2.para2-b.pathway-plan.accom-rights",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 2(b)",
    "Their understanding of their rights and (best understanding) responsibilities in relation to it (text truncated).",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
  /* 142 */
  { "clr-2010.sch2.para2-rest.pathway-plan.accom-other",
    CAREPLAN_PLAN_KIND_PATHWAY_PLAN, VARIANT_RELEVANT | VARIANT_FORMER_RELEVANT,
    CLR, "Schedule 2 paragraph 2(c) onwards",
    "Further considerations (best understanding: understanding of funding arrangements).",
    "Only where the responsible authority provides or arranges the accommodation (Children Act 1989 s23B(8), s23B(10)); otherwise advisory.",
    CONDITION_RA_ACCOMMODATES, FALSE,
    CAREPLAN_CONFIRMATION_UNCONFIRMED, "https://www.legislation.gov.uk/uksi/2010/2571/schedule/2/made" },
};

const CareplanPlanElementRow *
careplan_plan_catalogue_find (const char *id)
{
  guint i;

  if (id == NULL)
    return NULL;
  for (i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (strcmp (catalogue[i].id, id) == 0)
      return &catalogue[i];
  return NULL;
}

gboolean
careplan_plan_row_applies_to (const CareplanPlanElementRow *row,
                              CareplanPlanKind              kind,
                              CareplanLeavingCareStatus     status)
{
  if (row->kind != kind)
    return FALSE;
  if (row->variants == 0)
    return TRUE;
  return (row->variants & (1u << status)) != 0;
}

/**
 * CareplanPlanElement:
 *
 * One element of the plan-content catalogue: something the law says a
 * plan document of one kind must contain, with its citation.
 *
 * The catalogue is data: [func@Careplan.PlanElement.dup_catalogue] lists
 * every element, [func@Careplan.PlanElement.dup_for_kind] those of one
 * kind of plan, in the order of the regulations. `careplan rules --family
 * plan-content` prints the same rows.
 *
 * An element is *soft* where the law asks for it only "so far as
 * reasonably practicable" or "where appropriate": an empty soft element is
 * a warning (`incomplete`), not an error. An element with a
 * [property@Careplan.PlanElement:condition] applies only when that
 * condition holds.
 *
 * Since: 0.1
 */
struct _CareplanPlanElement
{
  GObject                       parent_instance;

  const CareplanPlanElementRow *row;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_INSTRUMENT,
  PROP_PROVISION,
  PROP_REQUIREMENT,
  PROP_CONDITION,
  PROP_SOFT,
  PROP_URL,
  PROP_CONFIRMATION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (CareplanPlanElement, careplan_plan_element, G_TYPE_OBJECT)

static void
careplan_plan_element_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CareplanPlanElement *self = CAREPLAN_PLAN_ELEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->row->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->row->kind);
      break;
    case PROP_INSTRUMENT:
      g_value_set_string (value, self->row->instrument);
      break;
    case PROP_PROVISION:
      g_value_set_string (value, self->row->provision);
      break;
    case PROP_REQUIREMENT:
      g_value_set_string (value, self->row->requirement);
      break;
    case PROP_CONDITION:
      g_value_set_string (value, self->row->condition_text);
      break;
    case PROP_SOFT:
      g_value_set_boolean (value, self->row->soft);
      break;
    case PROP_URL:
      g_value_set_string (value, self->row->url);
      break;
    case PROP_CONFIRMATION:
      g_value_set_enum (value, self->row->confirmation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_plan_element_class_init (CareplanPlanElementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = careplan_plan_element_get_property;

  /**
   * CareplanPlanElement:id:
   *
   * The element's stable id, `<instrument>.<provision>.<plan>.<slug>`, for
   * example `cppcr-2010.reg5-a.care-plan.permanence-plan`: the key of the
   * element in a plan document's `elements`.
   *
   * Since: 0.1
   */
  props[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:kind:
   *
   * The kind of plan the element belongs to.
   *
   * Since: 0.1
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREPLAN_TYPE_PLAN_KIND, CAREPLAN_PLAN_KIND_CARE_PLAN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:instrument:
   *
   * The title of the regulations that require the element.
   *
   * Since: 0.1
   */
  props[PROP_INSTRUMENT] =
    g_param_spec_string ("instrument", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:provision:
   *
   * The provision, for example `regulation 5(b)(i)` or `Schedule 1
   * paragraph 1(4)(a)`; it says so when its number is UNCONFIRMED.
   *
   * Since: 0.1
   */
  props[PROP_PROVISION] =
    g_param_spec_string ("provision", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:requirement:
   *
   * What the plan must record, in plain words (paraphrased, never the
   * statutory text itself).
   *
   * Since: 0.1
   */
  props[PROP_REQUIREMENT] =
    g_param_spec_string ("requirement", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:condition:
   *
   * When the element applies, in plain words, or %NULL when it always
   * applies to its kind of plan.
   *
   * Since: 0.1
   */
  props[PROP_CONDITION] =
    g_param_spec_string ("condition", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:soft:
   *
   * Whether the duty is soft ("so far as reasonably practicable", "where
   * appropriate"): an empty soft element is a warning, not an error.
   *
   * Since: 0.1
   */
  props[PROP_SOFT] =
    g_param_spec_boolean ("soft", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:url:
   *
   * The provision on legislation.gov.uk.
   *
   * Since: 0.1
   */
  props[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanElement:confirmation:
   *
   * How firmly the element's law was established: read in the legislation
   * (`CONFIRMED-PRIMARY`), in a secondary source only
   * (`CONFIRMED-SECONDARY`), or not at all (`UNCONFIRMED`).
   *
   * Since: 0.1
   */
  props[PROP_CONFIRMATION] =
    g_param_spec_enum ("confirmation", NULL, NULL,
                       CAREPLAN_TYPE_CONFIRMATION, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
careplan_plan_element_init (CareplanPlanElement *self)
{
}

CareplanPlanElement *
careplan_plan_element_new_for_row (const CareplanPlanElementRow *row)
{
  CareplanPlanElement *self = g_object_new (CAREPLAN_TYPE_PLAN_ELEMENT, NULL);

  self->row = row;
  return self;
}

const CareplanPlanElementRow *
careplan_plan_element_get_row (CareplanPlanElement *self)
{
  return self->row;
}

/**
 * careplan_plan_element_dup_catalogue:
 *
 * Lists every element of the plan-content catalogue, kind by kind, in the
 * order of the regulations.
 *
 * Returns: (transfer full): a list model of [class@Careplan.PlanElement]
 *
 * Since: 0.1
 */
GListModel *
careplan_plan_element_dup_catalogue (void)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_PLAN_ELEMENT);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (catalogue); i++)
    {
      g_autoptr(CareplanPlanElement) element = careplan_plan_element_new_for_row (&catalogue[i]);

      g_list_store_append (store, element);
    }
  return G_LIST_MODEL (store);
}

/**
 * careplan_plan_element_dup_for_kind:
 * @kind: a kind of plan
 * @status: for a needs assessment or a pathway plan, the leaving-care
 *   regime it is written under; ignored for the other kinds
 *
 * Lists the elements a plan of @kind must consider, in the order of the
 * regulations. A needs assessment or a pathway plan with
 * %CAREPLAN_LEAVING_CARE_STATUS_NONE has no elements: its regime decides
 * which regulations apply.
 *
 * Returns: (transfer full): a list model of [class@Careplan.PlanElement]
 *
 * Since: 0.1
 */
GListModel *
careplan_plan_element_dup_for_kind (CareplanPlanKind          kind,
                                    CareplanLeavingCareStatus status)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_PLAN_ELEMENT);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (catalogue); i++)
    {
      g_autoptr(CareplanPlanElement) element = NULL;

      if (!careplan_plan_row_applies_to (&catalogue[i], kind, status))
        continue;
      element = careplan_plan_element_new_for_row (&catalogue[i]);
      g_list_store_append (store, element);
    }
  return G_LIST_MODEL (store);
}

/**
 * careplan_plan_element_lookup:
 * @id: an element id
 *
 * Finds an element of the catalogue by its id.
 *
 * Returns: (transfer full) (nullable): the element, or %NULL when the
 *   catalogue has no element @id
 *
 * Since: 0.1
 */
CareplanPlanElement *
careplan_plan_element_lookup (const char *id)
{
  const CareplanPlanElementRow *row;

  g_return_val_if_fail (id != NULL, NULL);

  row = careplan_plan_catalogue_find (id);
  return row != NULL ? careplan_plan_element_new_for_row (row) : NULL;
}

/**
 * careplan_plan_element_applies_to:
 * @self: a [class@Careplan.PlanElement]
 * @kind: a kind of plan
 * @status: the leaving-care regime (for a needs assessment or a pathway plan)
 *
 * Whether the element belongs to a plan of @kind written under @status
 * (its condition aside).
 *
 * Returns: %TRUE when it does
 *
 * Since: 0.1
 */
gboolean
careplan_plan_element_applies_to (CareplanPlanElement       *self,
                                  CareplanPlanKind           kind,
                                  CareplanLeavingCareStatus  status)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), FALSE);

  return careplan_plan_row_applies_to (self->row, kind, status);
}

/**
 * careplan_plan_element_get_id:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:id].
 *
 * Returns: (transfer none): the id
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_get_id (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), NULL);
  return self->row->id;
}

/**
 * careplan_plan_element_get_kind:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:kind].
 *
 * Returns: the kind of plan
 *
 * Since: 0.1
 */
CareplanPlanKind
careplan_plan_element_get_kind (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), CAREPLAN_PLAN_KIND_CARE_PLAN);
  return self->row->kind;
}

/**
 * careplan_plan_element_get_instrument:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:instrument].
 *
 * Returns: (transfer none): the instrument's title
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_get_instrument (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), NULL);
  return self->row->instrument;
}

/**
 * careplan_plan_element_get_provision:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:provision].
 *
 * Returns: (transfer none): the provision
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_get_provision (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), NULL);
  return self->row->provision;
}

/**
 * careplan_plan_element_get_requirement:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:requirement].
 *
 * Returns: (transfer none): what the plan must record
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_get_requirement (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), NULL);
  return self->row->requirement;
}

/**
 * careplan_plan_element_get_condition:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:condition].
 *
 * Returns: (transfer none) (nullable): when the element applies, or %NULL
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_get_condition (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), NULL);
  return self->row->condition_text;
}

/**
 * careplan_plan_element_get_soft:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:soft].
 *
 * Returns: whether the duty is soft
 *
 * Since: 0.1
 */
gboolean
careplan_plan_element_get_soft (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), FALSE);
  return self->row->soft;
}

/**
 * careplan_plan_element_get_url:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:url].
 *
 * Returns: (transfer none): the legislation.gov.uk address
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_get_url (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), NULL);
  return self->row->url;
}

/**
 * careplan_plan_element_get_confirmation:
 * @self: a [class@Careplan.PlanElement]
 *
 * Gets [property@Careplan.PlanElement:confirmation].
 *
 * Returns: how firmly the element's law was established
 *
 * Since: 0.1
 */
CareplanConfirmation
careplan_plan_element_get_confirmation (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), CAREPLAN_CONFIRMATION_UNCONFIRMED);
  return self->row->confirmation;
}

/**
 * careplan_plan_element_allows_not_applicable:
 * @self: a [class@Careplan.PlanElement]
 *
 * Whether a plan may excuse the element with a `not_applicable` reason:
 * only where the law allows it, that is for an element with a condition
 * (the reason says why the condition does not hold) or a soft duty (the
 * reason says why it was not practicable or appropriate).
 *
 * Returns: %TRUE when a reason can make the element not applicable
 *
 * Since: 0.1
 */
gboolean
careplan_plan_element_allows_not_applicable (CareplanPlanElement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_ELEMENT (self), FALSE);
  return self->row->condition != CONDITION_NONE || self->row->soft;
}

static const char * const kind_names[] = {
  [CAREPLAN_PLAN_KIND_CARE_PLAN] = "care-plan",
  [CAREPLAN_PLAN_KIND_PLACEMENT_PLAN] = "placement-plan",
  [CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN] = "short-break-plan",
  [CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN] = "detention-placement-plan",
  [CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT] = "needs-assessment",
  [CAREPLAN_PLAN_KIND_PATHWAY_PLAN] = "pathway-plan",
};

/**
 * careplan_plan_kind_to_string:
 * @kind: a kind of plan
 *
 * The kind's name in a plan document, for example `care-plan`.
 *
 * Returns: (transfer none): the name, or `unknown` for a value out of range
 *
 * Since: 0.1
 */
const char *
careplan_plan_kind_to_string (CareplanPlanKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (kind_names))
    return "unknown";
  return kind_names[kind];
}

/**
 * careplan_plan_kind_from_string:
 * @text: a kind's name, for example `pathway-plan`
 * @kind: (out): the kind
 *
 * Reads a kind of plan by its name.
 *
 * Returns: %TRUE when @text names a kind
 *
 * Since: 0.1
 */
gboolean
careplan_plan_kind_from_string (const char       *text,
                                CareplanPlanKind *kind)
{
  guint i;

  g_return_val_if_fail (kind != NULL, FALSE);

  for (i = 0; text != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (text, kind_names[i]) == 0)
      {
        *kind = (CareplanPlanKind) i;
        return TRUE;
      }
  return FALSE;
}

static const char * const status_names[] = {
  [CAREPLAN_LEAVING_CARE_STATUS_NONE] = "none",
  [CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE] = "eligible",
  [CAREPLAN_LEAVING_CARE_STATUS_RELEVANT] = "relevant",
  [CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT] = "former-relevant",
};

/**
 * careplan_leaving_care_status_to_string:
 * @status: a leaving-care status
 *
 * The status's name in a plan document, for example `former-relevant`.
 *
 * Returns: (transfer none): the name, or `unknown` for a value out of range
 *
 * Since: 0.1
 */
const char *
careplan_leaving_care_status_to_string (CareplanLeavingCareStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_names))
    return "unknown";
  return status_names[status];
}

/**
 * careplan_leaving_care_status_from_string:
 * @text: a status's name, for example `eligible`
 * @status: (out): the status
 *
 * Reads a leaving-care status by its name.
 *
 * Returns: %TRUE when @text names a status
 *
 * Since: 0.1
 */
gboolean
careplan_leaving_care_status_from_string (const char                *text,
                                          CareplanLeavingCareStatus *status)
{
  guint i;

  g_return_val_if_fail (status != NULL, FALSE);

  for (i = 0; text != NULL && i < G_N_ELEMENTS (status_names); i++)
    if (strcmp (text, status_names[i]) == 0)
      {
        *status = (CareplanLeavingCareStatus) i;
        return TRUE;
      }
  return FALSE;
}
