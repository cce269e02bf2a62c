#pragma once

#include "commandspec.h"

#include <QList>

// The commands of the command line by group, in the order of the general --help. Each group's
// .cpp keeps its handlers in a class named after it (CohortCommands, ...), the context of its
// messages for tr().
namespace CommandGroups {
// init, seed-demo, check and fairness: the database file itself, and the proof that its
// seats went first come, first served.
QList<CommandSpec> database();
// audit verify and audit export: the tamper-evident record of every change, checked whole, and
// read by an administrator.
QList<CommandSpec> audit();
// applicant add, show, export-data and merge: people, their applications, everything stored
// about one of them (a subject access request), and two records of one person made one.
QList<CommandSpec> applicants();
// applicant erase and retention show, set, due and erase-due: erasing a person on request, and
// the retention policy that says who is due.
QList<CommandSpec> privacy();
// status set and score set: moves an application through the lifecycle, and scores it.
QList<CommandSpec> status();
// offer list and offer sent: the work list of offers the desk made that nobody has told the
// applicant about yet, and recording that one was sent.
QList<CommandSpec> offers();
// interview schedule, reschedule, cancel and list: interviews of applications, with an
// interviewer, and what is coming up.
QList<CommandSpec> interviews();
// track add, list, edit, deactivate and activate, cohort add, list, set-capacity, open and
// history: the catalogue a fresh file needs before it takes applications, the seats of every
// cohort and its states over time.
QList<CommandSpec> cohorts();
// payment record, list and waive-deposit, refund quote and cohort set-fees: the money of an
// application (deposits, instalments, refunds) and what a cohort's seat costs.
QList<CommandSpec> payments();
// placement record, checkin log, guarantee due and cohort set-guarantee: the job guarantee after
// graduation, its terms per cohort, and the graduates due for the guarantee decision.
QList<CommandSpec> guarantee();
// time-zone and deferral-queue, show and set: the bootcamp's settings kept in the file, which
// every desk shares.
QList<CommandSpec> settings();
// mentor add, list, edit, deactivate and activate: who mentors which tracks, and their load.
QList<CommandSpec> mentors();
// mentor suggest, assign, confirm, call log, call list and cadence: the students' mentors and
// the weekly 1:1 calls they were promised.
QList<CommandSpec> mentoring();
// export applications, history and waitlist: what the window shows, as CSV, with its filters as
// options, for reporting jobs and spreadsheets.
QList<CommandSpec> exports();
// report: the head of admissions' reports (funnel, time in stage, cohort fill, sources, mentor
// load, refunds, job outcomes) as tables or CSV, with the filters each one takes.
QList<CommandSpec> reports();
// import: applications from CSV (the web form's export, or our own), with a dry run, a
// duplicate policy and a column mapping, all or nothing.
QList<CommandSpec> imports();
// backup, backup list, backup settings and restore: copies of the database that are checked
// before they count, and putting one back.
QList<CommandSpec> backups();
// staff list, add, set-role, deactivate, activate, reset-password, token, tokens and
// revoke-token: who may sign in, with which role, and the access tokens of scripts.
QList<CommandSpec> staff();
} // namespace CommandGroups
