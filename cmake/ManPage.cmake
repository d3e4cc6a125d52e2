# cmake -DPROGRAM=<mqtt-workbench> -DHELP2MAN=<help2man> -DOUTPUT=<mqtt-workbench.1> -P ManPage.cmake
# The man page: help2man's rendering of `--help` and `--version`, plus a section with the
# `--help` of every subcommand, gzipped next to OUTPUT (OUTPUT.gz).
# The English page whatever the builder's locale: the subcommands speak the system's language.
set(ENV{LANGUAGE} "")
set(ENV{LC_ALL} "C.UTF-8")
set(_include "${OUTPUT}.h2m")
file(WRITE ${_include} "[SUBCOMMANDS]\n")
foreach(_sub pub sub broker bench passwd)
    execute_process(COMMAND ${PROGRAM} ${_sub} --help OUTPUT_VARIABLE _help ERROR_VARIABLE _help
                    RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} ${_sub} --help failed (${_rc}): ${_help}")
    endif()
    # roff: a leading '.' or '\'' is a request, a backslash an escape.
    string(REPLACE "\\" "\\e" _help "${_help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" _help "${_help}")
    file(APPEND ${_include} ".SS \"mqtt-workbench ${_sub}\"\n.nf\n${_help}\n.fi\n")
endforeach()
execute_process(COMMAND ${HELP2MAN} --no-info --section 1 --include ${_include}
                        --name "MQTT explorer, publisher, local broker and command-line tools"
                        --output ${OUTPUT} ${PROGRAM}
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "help2man failed (${_rc})")
endif()
execute_process(COMMAND gzip -9nf ${OUTPUT} RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "gzip failed (${_rc})")
endif()
