#pragma once

#include <QtGlobal>

/// What `bench` reads about processes: its own and the broker's CPU time, the broker's memory.
namespace cli::benchprocess {

/// User + system CPU seconds of this process.
double ownCpuSeconds();
/// User + system CPU seconds of another process (the broker), from /proc; -1 if unknown.
double cpuSeconds(qint64 pid);
/// Resident set size (VmRSS) of a process in KiB, from /proc; -1 if unknown.
qint64 rssKiB(qint64 pid);
/// Raises this process's soft RLIMIT_NOFILE to its hard limit (thousands of connections).
void raiseFileLimit();

} // namespace cli::benchprocess
