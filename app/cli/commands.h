#pragma once

/// Entry points of the command-line subcommands; each returns the process exit code.
/// argv[0] is the subcommand name ("pub", "sub", ...).
namespace cli {

int runPub(int argc, char **argv);
int runSub(int argc, char **argv);
int runBroker(int argc, char **argv);
int runBench(int argc, char **argv);
int runPasswd(int argc, char **argv);
int runMonitor(int argc, char **argv);

} // namespace cli
