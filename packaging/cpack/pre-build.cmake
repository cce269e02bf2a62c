# CPACK_PRE_BUILD_SCRIPTS (Linux packages): runs on the staged files before each package is
# made, after CPACK_STRIP_FILES has stripped the programs.
file(GLOB_RECURSE staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")

# As Debian's dh_strip does: drop the compiler's version notes, which nothing reads.
foreach(file IN LISTS staged)
    file(READ "${file}" magic LIMIT 4 HEX)
    if(magic STREQUAL "7f454c46")
        execute_process(COMMAND strip --remove-section=.comment --remove-section=.note "${file}"
            COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()

# The folders an install makes follow the umask of who runs cpack (0700 under umask 077);
# in a package they are 0755.
execute_process(
    COMMAND find "${CPACK_TEMPORARY_INSTALL_DIRECTORY}" -type d -exec chmod 0755 {} +
    COMMAND_ERROR_IS_FATAL ANY)

# The DEB and RPM generators take their time stamps from SOURCE_DATE_EPOCH; the archive
# generators take the files' own, so the files get that time here: a rebuild then makes the
# same .tar.gz.
if(DEFINED ENV{SOURCE_DATE_EPOCH})
    execute_process(
        COMMAND find "${CPACK_TEMPORARY_INSTALL_DIRECTORY}" -newermt "@$ENV{SOURCE_DATE_EPOCH}"
                -exec touch --no-dereference --date "@$ENV{SOURCE_DATE_EPOCH}" {} +
        COMMAND_ERROR_IS_FATAL ANY)
endif()
